using Syndication.Core.Feeds;

namespace Syndication.Storage;

/// <summary>
/// The story store: stories (each a version of an item), the items, the consumed offsets that produced
/// them, the counters, the outbox and its lanes, routes and WebSub subscriptions. Two implementations:
/// <see cref="Sqlite.SqliteStoryStore"/> (one file, one worker) and <see cref="Postgres.PostgresStoryStore"/>
/// (one database, any number of workers); one test suite holds both to this contract.
/// </summary>
public interface IStoryStore : IDisposable
{
    /// <summary>Where the store is, for operators: the SQLite file, or PostgreSQL's host and database (never a password).</summary>
    string Location { get; }

    /// <summary>Whether the store looks for near duplicates (and so wants stories' signatures).</summary>
    bool FindsNearDuplicates { get; }

    /// <summary>Counts the writes to the subscriptions since the store was opened: who runs their lanes looks again when it moves.</summary>
    long SubscriptionChanges { get; }

    /// <summary>
    /// Stores the batch's new stories, counts its duplicates and rejections and records its offsets, all or
    /// nothing. An offset never moves back for the cluster it was stored for: a consumer that lost its
    /// partition cannot write an older one over its new owner's.
    /// </summary>
    BatchOutcome Commit(IngestBatch batch);

    /// <summary>
    /// Routes an item to a partner: an operator's decision that a story held for its exclusivity may reach
    /// that partner. False when there is no such item.
    /// </summary>
    bool Route(string itemId, string partnerId);

    /// <summary>
    /// Replays a dead-lettered delivery: appends an outbox entry of kind <see cref="OutboxKind.Replayed"/>
    /// for <paramref name="partnerId"/> only, at the item's current version. False when there is no such item.
    /// </summary>
    /// <param name="itemId">The item whose delivery was dead-lettered.</param>
    /// <param name="partnerId">The partner it was for.</param>
    /// <param name="transport">The transport that gave up (<c>webhook</c>, <c>kafka</c>); null for all of the partner's.</param>
    bool Replay(string itemId, string partnerId, string? transport = null);

    /// <summary>
    /// Moves a delivery lane's position to <paramref name="through"/>; a position never moves back.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Past the outbox's end: the lane would skip entries not yet written.</exception>
    void AdvanceLane(string lane, long through);

    /// <summary>
    /// Deletes the outbox entries through <paramref name="through"/> (where every lane has read) that were
    /// written before <paramref name="before"/>; the newest entry always stays, since the next one is
    /// numbered after it. The number of entries deleted.
    /// </summary>
    int PruneOutbox(long through, DateTimeOffset before);

    /// <summary>The offsets to resume <paramref name="topic"/> from, by partition.</summary>
    IReadOnlyDictionary<int, ConsumedOffset> Offsets(string topic);

    /// <summary>
    /// The items to publish, most recently changed first, at most <paramref name="count"/>: each in its
    /// current version, none killed or withheld.
    /// </summary>
    /// <param name="count">At most this many.</param>
    /// <param name="changedBefore">Only items whose last change is older than this <see cref="StoredItem.ChangeSequence"/>: the next page.</param>
    IReadOnlyList<StoredItem> Latest(int count, long? changedBefore = null);

    /// <summary>The items whose current version is exclusive to somebody, newest first, none killed or withheld.</summary>
    IReadOnlyList<StoredItem> Exclusives(int count);

    /// <summary>The partners an operator routed each item to, by item id.</summary>
    IReadOnlyDictionary<string, IReadOnlySet<string>> Routes();

    /// <summary>The items killed at or after <paramref name="since"/>, most recent first, at most <paramref name="count"/>.</summary>
    IReadOnlyList<FeedTombstone> Tombstones(DateTimeOffset since, int count);

    /// <summary>The version with this content id, or null.</summary>
    StoredStory? Find(string id);

    /// <summary>The item with this item id, or null.</summary>
    StoredItem? FindItem(string itemId);

    /// <summary>The content ids of an item's versions, in the order they were stored.</summary>
    IReadOnlyList<string> VersionIds(string itemId);

    StoreCounts Counts();

    /// <summary>Rejections counted per reason code.</summary>
    IReadOnlyDictionary<string, long> RejectionsByReason();

    /// <summary>The latest change to any item and its time, and how many routes operators made: feed ETags.</summary>
    FeedStamp Stamp();

    /// <summary>The outbox entries after <paramref name="after"/>, oldest first, at most <paramref name="count"/>.</summary>
    IReadOnlyList<OutboxEntry> Outbox(long after, int count);

    /// <summary>The latest outbox entry's <see cref="OutboxEntry.Sequence"/>; 0 while the outbox is empty.</summary>
    long OutboxHead();

    /// <summary>Through which outbox entry a delivery lane has delivered (or dead-lettered); 0 for a lane never advanced.</summary>
    long LanePosition(string lane);

    /// <summary>
    /// Takes the lease of a delivery lane, so that of several workers on this store one drains it; null while
    /// another worker holds it. Dispose the lease to give the lane up.
    /// </summary>
    LaneLease? TryLeaseLane(string lane);

    /// <summary>Checks that the store answers a query; what readiness means for the store.</summary>
    bool IsAvailable();

    /// <summary>
    /// Stores a verified subscription: a new callback and topic gets a new id, and its lane starts at the
    /// outbox's head; an existing one is renewed, and keeps its id and its lane's position.
    /// </summary>
    WebSubSubscription Subscribe(string partnerId, string feed, Uri topic, Uri callback, string? secret, int leaseSeconds, DateTimeOffset expiresAt);

    /// <summary>Removes the subscription of <paramref name="callback"/> to <paramref name="topic"/> and its lane; false when there was none.</summary>
    bool Unsubscribe(Uri callback, Uri topic);

    /// <summary>Removes subscription <paramref name="id"/> and its lane; false when there was none.</summary>
    bool RemoveSubscription(long id);

    /// <summary>Removes the subscriptions whose lease has ended at <paramref name="now"/>, and their lanes; how many.</summary>
    int RemoveExpiredSubscriptions(DateTimeOffset now);

    /// <summary>Every subscription, by id.</summary>
    IReadOnlyList<WebSubSubscription> Subscriptions();
}
