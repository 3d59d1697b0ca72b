using Confluent.Kafka;
using Syndication.Worker.Kafka;

namespace Syndication.Cli.Push;

/// <summary>
/// Holds a producer back while any partition of the raw topic has more unread bytes than the embedded
/// broker can be trusted to keep (it keeps the newest ~5 MB per partition and drops the rest silently).
/// </summary>
/// <remarks>
/// Implementation note: unread bytes are estimated as the partition's unread message count (high watermark
/// minus the group's committed offset) times the mean size of what this run has sent. The worker commits
/// its offsets to Kafka once a second after storing them, so the estimate errs on the side of waiting.
/// </remarks>
internal sealed class ConsumerLagGate : IDisposable
{
    private static readonly TimeSpan s_queryTimeout = TimeSpan.FromSeconds(5);
    private readonly IConsumer<byte[]?, byte[]?> _probe;
    private readonly long _maxUnreadBytesPerPartition;
    private readonly Action<long> _waiting;
    private List<TopicPartition>? _partitions;
    private long _sentBytes;
    private long _sentMessages;
    private long _budget;

    internal ConsumerLagGate(string bootstrapServers, string groupId, long maxUnreadBytesPerPartition, Action<long> waiting)
    {
        _probe = new ConsumerBuilder<byte[]?, byte[]?>(new ConsumerConfig
        {
            BootstrapServers = bootstrapServers,
            GroupId = groupId,
            EnableAutoCommit = false,
        }).Build();
        _maxUnreadBytesPerPartition = maxUnreadBytesPerPartition;
        _waiting = waiting;
    }

    /// <summary>Returns when a message of <paramref name="size"/> bytes can be sent without risk.</summary>
    internal async Task WaitAsync(int size, CancellationToken cancellationToken)
    {
        _sentBytes += size;
        _sentMessages++;
        if (_budget > size)
        {
            _budget -= size;
            return;
        }

        while (true)
        {
            var worst = WorstUnreadBytes();
            var headroom = _maxUnreadBytesPerPartition - worst;
            if (headroom > size)
            {
                // Until the next check, send at most half the headroom of the fullest partition, spread over
                // all partitions by the content keys: it cannot overflow any of them before we look again.
                _budget = headroom / 2 * Math.Max(1, Partitions().Count) / 2;
                return;
            }

            _waiting(worst);
            await Task.Delay(TimeSpan.FromMilliseconds(250), cancellationToken).ConfigureAwait(false);
        }
    }

    private long WorstUnreadBytes()
    {
        var partitions = Partitions();
        var committed = _probe.Committed(partitions, s_queryTimeout).ToDictionary(offset => offset.Partition.Value, offset => offset.Offset);
        var meanSize = _sentMessages == 0 ? 0 : _sentBytes / _sentMessages;
        long worst = 0;
        foreach (var partition in partitions)
        {
            var watermarks = _probe.QueryWatermarkOffsets(partition, s_queryTimeout);
            var read = committed.GetValueOrDefault(partition.Partition.Value, Offset.Unset);
            var from = read == Offset.Unset ? watermarks.Low.Value : read.Value;
            worst = Math.Max(worst, (watermarks.High.Value - from) * meanSize);
        }

        return worst;
    }

    private List<TopicPartition> Partitions()
    {
        if (_partitions is null)
        {
            using var admin = new DependentAdminClientBuilder(_probe.Handle).Build();
            var topic = admin.GetMetadata(KafkaTopics.RawStories, s_queryTimeout).Topics.Single();
            _partitions = topic.Partitions.Select(partition => new TopicPartition(KafkaTopics.RawStories, partition.PartitionId)).ToList();
        }

        return _partitions;
    }

    public void Dispose() => _probe.Dispose();
}
