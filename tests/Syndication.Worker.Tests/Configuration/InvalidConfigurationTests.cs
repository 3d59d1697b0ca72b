using Syndication.Worker.Tests.Infrastructure;

namespace Syndication.Worker.Tests.Configuration;

public sealed class InvalidConfigurationTests
{
    [Theory]
    [InlineData("--Kafka:GroupId=", "Kafka:GroupId")]
    [InlineData("--Kafka:BootstrapServers=not a broker", "Kafka:BootstrapServers")]
    [InlineData("--Kafka:BatchSize=0", "Kafka:BatchSize")]
    [InlineData("--Operators:Keys:0=syn_a-plain-key-pasted-in", "Operators:Keys:0")]
    [InlineData("--Delivery:OutboxRetention=00:00:00", "Delivery:OutboxRetention")]
    public async Task Start_InvalidKey_FailsNamingTheKey(string argument, string key)
    {
        using var directory = new TemporaryDirectory();
        using var worker = WorkerProcess.Launch(directory.File("s.db"), null, [argument]);
        (await worker.Process.WaitForExitAsync(TimeSpan.FromSeconds(60))).ShouldNotBe(0);
        worker.Output.ShouldContain(key);
    }

    [Fact]
    public async Task Start_StoragePathIsADirectory_FailsNamingTheKey()
    {
        using var directory = new TemporaryDirectory();
        using var worker = WorkerProcess.Launch(directory.Path, null, []);
        (await worker.Process.WaitForExitAsync(TimeSpan.FromSeconds(60))).ShouldNotBe(0);
        worker.Output.ShouldContain("Storage:Path");
    }
}
