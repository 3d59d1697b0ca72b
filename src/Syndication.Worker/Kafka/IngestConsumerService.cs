namespace Syndication.Worker.Kafka;

/// <summary>Runs the <see cref="IngestConsumer"/> loop on a thread of its own for the life of the host.</summary>
public sealed class IngestConsumerService(IngestConsumer consumer) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.Factory.StartNew(() => consumer.Run(stoppingToken), stoppingToken, TaskCreationOptions.LongRunning, TaskScheduler.Default);
}
