using Confluent.Kafka;
using Syndication.Cli.Store;
using Syndication.Storage;
using Syndication.Worker.Configuration;
using Syndication.Worker.Kafka;
using Syndication.Worker.Pipeline;

namespace Syndication.Cli.DeadLetters;

/// <summary>
/// Replays dead letters through the path they first took: a story goes back to <c>wire.stories.raw</c> as
/// it came (the pipeline's content dedup makes a story stored meanwhile a duplicate, never a second story);
/// a delivery becomes a <see cref="OutboxKind.Replayed"/> outbox entry for its partner and transport, so
/// that lane sends the item's latest version (a killed item as its kill), never the version given up on.
/// </summary>
internal sealed class DeadLetterReplay(string bootstrapServers, StorageOptions storage) : IDisposable
{
    private static readonly HashSet<string> s_deadLetterHeaders =
    [
        DeadLetterHeaders.Reason, DeadLetterHeaders.Stage, DeadLetterHeaders.Detail,
        DeadLetterHeaders.SourceTopic, DeadLetterHeaders.SourcePartition, DeadLetterHeaders.SourceOffset,
    ];

    private IProducer<byte[]?, byte[]?>? _producer;
    private IStoryStore? _store;

    /// <summary>What was replayed, for the operator; an error (and nothing replayed) when it cannot be.</summary>
    internal async Task<(bool Replayed, string Text)> ReplayAsync(DeadLetter letter, CancellationToken cancellationToken) =>
        letter.Id.Topic == DeadLetterTopic.Stories
            ? await ReplayStoryAsync(letter, cancellationToken).ConfigureAwait(false)
            : ReplayDelivery(letter);

    private async Task<(bool, string)> ReplayStoryAsync(DeadLetter letter, CancellationToken cancellationToken)
    {
        if (letter.Message.Value is null)
        {
            return (false, $"{letter.Id}: its body was dropped for its size; it stays on the source topic at the offset its headers name");
        }

        var headers = new Headers();
        foreach (var header in letter.Message.Headers ?? [])
        {
            if (!s_deadLetterHeaders.Contains(header.Key))
            {
                headers.Add(header.Key, header.GetValueBytes());
            }
        }

        _producer ??= new ProducerBuilder<byte[]?, byte[]?>(KafkaClientConfig.Producer(bootstrapServers)).Build();
        var result = await _producer.ProduceAsync(
            KafkaTopics.RawStories,
            new Message<byte[]?, byte[]?> { Key = letter.Message.Key, Value = letter.Message.Value, Headers = headers },
            cancellationToken).ConfigureAwait(false);
        return (true, $"replayed {letter.Id} to {KafkaTopics.RawStories}:{result.Partition.Value}@{result.Offset.Value} ({letter.Message.Value.Length} bytes)");
    }

    private (bool, string) ReplayDelivery(DeadLetter letter)
    {
        if (letter.Partner is not { Length: > 0 } partner || letter.Field("itemId") is not { Length: > 0 } itemId)
        {
            return (false, $"{letter.Id}: the record names no partner or item");
        }

        if (_store is null)
        {
            if (!StoreLocation.Exists(storage))
            {
                return (false, $"{letter.Id}: no store at {StoreLocation.Describe(storage)}");
            }

            _store = StoryStoreFactory.Open(storage, TimeProvider.System, NearDuplicateSettings.Off);
        }

        return _store.Replay(itemId, partner, letter.Field("transport"))
            ? (true, $"replayed {letter.Id}: item {itemId}, its current version, queued for {partner}")
            : (false, $"{letter.Id}: no item {itemId} in {_store.Location}");
    }

    public void Dispose()
    {
        _producer?.Flush(TimeSpan.FromSeconds(10));
        _producer?.Dispose();
        _store?.Dispose();
    }
}
