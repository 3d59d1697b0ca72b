using System.CommandLine;
using System.Runtime.InteropServices;
using Syndication.Worker.Kafka;

namespace Syndication.Cli.Broker;

/// <summary>
/// <c>syndication broker</c>: the worker's embedded Kafka broker on its own, serving until Ctrl+C, so workers
/// can be killed and restarted while the topics live on.
/// </summary>
internal static class BrokerCommand
{
    internal static Command Create()
    {
        var partitions = new Option<int>("--partitions")
        {
            Description = "Partitions of each topic.",
            DefaultValueFactory = _ => KafkaTopics.EmbeddedPartitions,
        };
        var command = new Command("broker", "Run the embedded Kafka broker standalone; prints 'bootstrap: HOST:PORT'.") { partitions };
        command.SetAction(async (parse, cancellationToken) =>
        {
            using var broker = EmbeddedKafkaBroker.Start(KafkaTopics.Embedded, parse.GetValue(partitions));
            Console.Out.WriteLine($"bootstrap: {broker.BootstrapServers}");
            Console.Out.Flush();
            using var stopped = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
            {
                context.Cancel = true;
                stopped.Cancel();
            });
            try
            {
                await Task.Delay(Timeout.Infinite, stopped.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
            }

            return 0;
        });
        return command;
    }
}
