namespace Syndication.Worker.Tests.Infrastructure;

/// <summary><c>syndication broker</c> in a process of its own, so workers can die while topics live on.</summary>
internal sealed class BrokerProcess : IDisposable
{
    private readonly ExternalProcess _process;

    private BrokerProcess(ExternalProcess process, string bootstrapServers)
    {
        _process = process;
        BootstrapServers = bootstrapServers;
    }

    internal string BootstrapServers { get; }

    internal static async Task<BrokerProcess> StartAsync(int partitions = Syndication.Worker.Kafka.KafkaTopics.EmbeddedPartitions)
    {
        var process = ExternalProcess.Start("dotnet", [RepositoryPaths.CliDll, "broker", "--partitions", partitions.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        var line = await process.WaitForLineAsync(text => text.StartsWith("bootstrap: ", StringComparison.Ordinal), TimeSpan.FromSeconds(30));
        return new BrokerProcess(process, line["bootstrap: ".Length..].Trim());
    }

    public void Dispose() => _process.Dispose();
}
