using Confluent.Kafka;
using Syndication.Worker.Kafka;
using Syndication.Worker.Partners;

namespace Syndication.Worker.Delivery;

/// <summary>
/// Runs the delivery lanes for the life of the host: makes sure <c>wire.deliveries.dlq</c> exists, then
/// starts and stops lanes as the partners file changes (checked every <see cref="ReloadCheck"/>).
/// </summary>
public sealed partial class DeliveryService(DeliveryLanes lanes, PartnersFileWatch partnersFile, KafkaEndpoint kafka, TimeProvider time, ILogger<DeliveryService> log)
    : BackgroundService
{
    public static readonly TimeSpan ReloadCheck = TimeSpan.FromMilliseconds(250);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        try
        {
            await kafka.EnsureTopicAsync(KafkaTopics.DeliveryDeadLetters).ConfigureAwait(false);
        }
        catch (KafkaException exception)
        {
            LogNoDeadLetterTopic(log, KafkaTopics.DeliveryDeadLetters, exception.Error.Reason);
        }

        var version = -1L;
        try
        {
            while (true)
            {
                var inForce = partnersFile.InForce;
                if (inForce.Version != version)
                {
                    version = inForce.Version;
                    await lanes.ReconcileAsync(inForce.Directory).ConfigureAwait(false);
                }

                await Task.Delay(ReloadCheck, time, stoppingToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        finally
        {
            await lanes.StopAllAsync().ConfigureAwait(false);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not create {Topic} ({Reason}); dead letters wait until it exists")]
    private static partial void LogNoDeadLetterTopic(ILogger logger, string topic, string reason);
}
