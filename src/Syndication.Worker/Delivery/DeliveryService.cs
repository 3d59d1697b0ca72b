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
        var deadLetterTopic = EnsureDeadLetterTopicAsync();
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
            await deadLetterTopic.ConfigureAwait(false);
        }
    }

    /// <summary>Asks for the dead-letter topic beside the lanes, not before them: a cluster may take seconds to say no.</summary>
    private async Task EnsureDeadLetterTopicAsync()
    {
        if (await kafka.EnsureTopicAsync(KafkaTopics.DeliveryDeadLetters).ConfigureAwait(false) is { } refusal)
        {
            LogNoDeadLetterTopic(log, KafkaTopics.DeliveryDeadLetters, refusal);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not create {Topic} ({Reason}); dead letters are produced to it all the same")]
    private static partial void LogNoDeadLetterTopic(ILogger logger, string topic, string reason);
}
