using System.Diagnostics;
using Confluent.Kafka;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Syndication.Storage;
using Syndication.Storage.Sqlite;
using Syndication.Worker.Configuration;
using Syndication.Worker.Delivery;
using Syndication.Worker.Kafka;
using Syndication.Worker.Partners;

namespace Syndication.Cli.Bench;

/// <summary>
/// One run of the delivery bench: a fresh store, the worker's delivery lanes for a partners file running
/// against it (registered and started as the worker does: <see cref="DeliveryRegistration"/>, then its
/// <see cref="DeliveryService"/>), and the pipeline (<see cref="PipelineBench"/>) consuming the raw topic
/// into the same store meanwhile. Timed from partition assignment until every story is stored, and until
/// every healthy partner's receiver has every story.
/// </summary>
internal static class DeliveryBenchRun
{
    /// <summary>A run whose deliveries stop moving for this long has failed.</summary>
    private static readonly TimeSpan s_stalled = TimeSpan.FromSeconds(30);

    /// <param name="bootstrapServers">The broker, whose raw topic holds <paramref name="count"/> stories every partner may see.</param>
    /// <param name="count">The stories.</param>
    /// <param name="groupId">The pipeline's consumer group, new for each run.</param>
    /// <param name="storePath">Where the fresh store goes; the caller deletes it.</param>
    /// <param name="partnersFile">The partners file the lanes are started from.</param>
    /// <param name="partners">The partners in that file.</param>
    /// <param name="receivers">The partners' webhook endpoints.</param>
    /// <param name="cancellationToken">Ctrl+C.</param>
    internal static async Task<DeliveryBenchResult> RunAsync(
        string bootstrapServers, int count, string groupId, string storePath, string partnersFile, IReadOnlyList<string> partners, WebhookReceivers receivers, CancellationToken cancellationToken)
    {
        var time = TimeProvider.System;
        using var store = SqliteStoryStore.Open(storePath, time, NearDuplicateSettings.Default);
        using var endpoint = KafkaEndpoint.Configured(bootstrapServers);
        using var producer = new ProducerBuilder<byte[]?, byte[]?>(KafkaClientConfig.Producer(bootstrapServers)).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(time);
        services.AddSingleton<IStoryStore>(store);
        services.AddSingleton(endpoint);
        services.AddSingleton(producer);
        services.Configure<StorageOptions>(storage => storage.Path = storePath);
        services.Configure<PartnersOptions>(options => options.Path = partnersFile);
        services.Configure<SyndicationOptions>(_ => { });
        services.AddSingleton<PartnersFileWatch>();
        services.AddSingleton<RouteBook>();
        services.AddSyndicationDelivery();
        await using var provider = services.BuildServiceProvider();

        var healthy = partners.Where(id => id != DeliveryBenchPartners.FailingId).ToList();
        var lanes = provider.GetRequiredService<DeliveryLanes>();
        var delivery = provider.GetServices<IHostedService>().OfType<DeliveryService>().Single();
        var tally = receivers.Count();
        await delivery.StartAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await WaitForLanesAsync(lanes, partners.Count, cancellationToken).ConfigureAwait(false);
            var timing = await Task.Run(() => PipelineBench.Run(bootstrapServers, count, groupId, store, cancellationToken), cancellationToken).ConfigureAwait(false);
            await WaitForDeliveriesAsync(tally, healthy, count, cancellationToken).ConfigureAwait(false);
            var delivered = Stopwatch.GetElapsedTime(timing.AssignedAt);
            var failing = lanes.Statuses.SingleOrDefault(status => status.Target.PartnerId == DeliveryBenchPartners.FailingId);
            return new DeliveryBenchResult(timing.Elapsed, delivered, tally, failing);
        }
        finally
        {
            await delivery.StopAsync(CancellationToken.None).ConfigureAwait(false);
        }
    }

    /// <summary>Waits until the service has started a lane per partner, so that none starts late.</summary>
    private static async Task WaitForLanesAsync(DeliveryLanes lanes, int count, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        while (lanes.Statuses.Count < count)
        {
            if (clock.Elapsed > s_stalled)
            {
                throw new TimeoutException($"{lanes.Statuses.Count} of {count} delivery lanes started within {s_stalled.TotalSeconds:F0} s.");
            }

            await Task.Delay(5, cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task WaitForDeliveriesAsync(WebhookTally tally, IReadOnlyList<string> healthy, int count, CancellationToken cancellationToken)
    {
        var total = 0L;
        var movedAt = Stopwatch.GetTimestamp();
        while (healthy.Any(id => tally.DistinctDelivered(id) < count))
        {
            await Task.Delay(5, cancellationToken).ConfigureAwait(false);
            var now = healthy.Sum(tally.DistinctDelivered);
            if (now != total)
            {
                (total, movedAt) = (now, Stopwatch.GetTimestamp());
            }
            else if (Stopwatch.GetElapsedTime(movedAt) > s_stalled)
            {
                throw new TimeoutException(
                    $"Deliveries stalled for {s_stalled.TotalSeconds:F0} s: {string.Join(", ", healthy.Select(id => $"{id} {tally.DistinctDelivered(id)}"))} of {count} stories.");
            }
        }
    }
}
