using Syndication.Core.Stories;

namespace Syndication.Storage;

/// <summary>
/// What one batch of consumed messages produced: stories to store, rejections to count, and the offsets to
/// resume from. Committed as one transaction, so a crash replays at most the batch in flight.
/// </summary>
public sealed class IngestBatch
{
    private readonly List<IngestedStory> _stories = [];
    private readonly Dictionary<string, int> _rejections = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Topic, int Partition), ConsumedOffset> _offsets = [];

    /// <summary>The stories with what the store needs of them, worked out when added, outside its write lock.</summary>
    public IReadOnlyList<IngestedStory> Stories => _stories;

    public IReadOnlyDictionary<string, int> RejectionsByReason => _rejections;

    public IEnumerable<ConsumedOffset> Offsets => _offsets.Values;

    private SourcePosition? _lastSource;

    public int MessageCount { get; private set; }

    public void AddStory(Story story, SourcePosition source, string? clusterId) => Add(IngestedStory.Prepare(story, source), clusterId);

    /// <summary>Adds a story already prepared (on a decoding thread) for the store.</summary>
    public void Add(IngestedStory story, string? clusterId)
    {
        ArgumentNullException.ThrowIfNull(story);
        _stories.Add(story);
        Consumed(story.Source, clusterId);
    }

    public void AddRejection(string reason, SourcePosition source, string? clusterId)
    {
        _rejections[reason] = _rejections.GetValueOrDefault(reason) + 1;
        Consumed(source, clusterId);
    }

    /// <summary>Counts each message once, however many stories and rejections it gave: they are added one after another.</summary>
    private void Consumed(SourcePosition source, string? clusterId)
    {
        if (source == _lastSource)
        {
            return;
        }

        _lastSource = source;
        MessageCount++;
        var key = (source.Topic, source.Partition);
        if (!_offsets.TryGetValue(key, out var known) || known.NextOffset <= source.Offset)
        {
            _offsets[key] = new ConsumedOffset(source.Topic, source.Partition, source.Offset + 1, clusterId);
        }
    }
}
