using Microsoft.Extensions.Diagnostics.HealthChecks;
using Syndication.Storage;
using Syndication.Worker.Kafka;

namespace Syndication.Worker.Status;

/// <summary>Every figure <c>/status</c> and <c>/status.json</c> show, read once per request by <see cref="StatusSnapshotSource"/>.</summary>
public sealed record StatusSnapshot
{
    public required DateTimeOffset At { get; init; }

    public required TimeSpan Uptime { get; init; }

    public required string BootstrapServers { get; init; }

    public required bool EmbeddedBroker { get; init; }

    public required string GroupId { get; init; }

    public required int AssignedPartitions { get; init; }

    public required long Lag { get; init; }

    public required IReadOnlyList<PartitionLag> Partitions { get; init; }

    public required StoreCounts Counts { get; init; }

    public required IReadOnlyDictionary<string, long> RejectedByReason { get; init; }

    public required DateTimeOffset? LastStoredAt { get; init; }

    public required LastStory? LastStory { get; init; }

    public required IReadOnlyList<FlowMinute> Flow { get; init; }

    /// <summary>The store's file, or its PostgreSQL location (never a password).</summary>
    public required string StorePath { get; init; }

    /// <summary>Whether the store is a SQLite file (the CLI's <c>--store</c>), rather than PostgreSQL (the CLI's <c>Storage__*</c> environment).</summary>
    public required bool StoreIsFile { get; init; }

    public required string PartnersFile { get; init; }

    public required int PartnerCount { get; init; }

    public required long PartnersVersion { get; init; }

    public required IReadOnlyList<string> PartnersRefused { get; init; }

    public required IReadOnlyList<HeldStory> Held { get; init; }

    public required long OutboxHead { get; init; }

    public required IReadOnlyList<LaneSnapshot> Lanes { get; init; }

    /// <summary>Messages held per dead-letter topic; null where the broker did not say.</summary>
    public required IReadOnlyDictionary<string, long?> DeadLetters { get; init; }

    /// <summary>The checks of <c>/health/ready</c>.</summary>
    public required HealthReport Health { get; init; }
}
