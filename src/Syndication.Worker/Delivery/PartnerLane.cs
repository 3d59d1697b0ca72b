using System.Diagnostics;
using Confluent.Kafka;
using Syndication.Core.Feeds;
using Syndication.Core.Formats.Templates;
using Syndication.Core.Partners;
using Syndication.Storage;
using Syndication.Worker.Partners;
using Syndication.Worker.Telemetry;
using Syndication.Worker.WebSub;

namespace Syndication.Worker.Delivery;

/// <summary>
/// One partner's lane for one transport: reads the outbox after its position, one entry at a time, and
/// pushes each item the partner may see (rights routing; a kill to those who could see the story) in the
/// partner's format, always the item's latest version, through the partner's <see cref="DeliveryPolicy"/>;
/// a delivery the policy gives up on is dead-lettered. Its position is stored as it goes, so a restart
/// carries on where it stopped.
/// </summary>
/// <remarks>
/// <para>Order per item holds because the lane is sequential and sends only an entry whose version is still
/// the item's current one: when a later version has been stored, its own (later) entry sends it, and the
/// earlier entry is skipped. So version 2 never goes before version 1, and a stale version never goes.</para>
/// <para>An embargoed item is deferred: the lane keeps its entry in memory, goes on with the others, and
/// sends the item's latest version when the embargo ends. Implementation note: the stored position stops
/// short of the earliest deferred entry, so a restart reads the entries after it again and sends those
/// still current a second time, with the same idempotency key. Remembering deferred entries in the store
/// would spare that, at the price of a table the store's API does not have.</para>
/// <para>A lane blocks only itself: a partner that is down holds its own lane while the policy retries,
/// and every other lane goes on.</para>
/// <para>Each push is a span in the trace of the story it announces (the context stored with its outbox
/// entry; a new trace for an operator's entry), so the webhook POST, the partner's Kafka message and a
/// dead letter carry that story's <c>traceparent</c>.</para>
/// </remarks>
public sealed partial class PartnerLane
{
    /// <summary>Outbox entries read at once.</summary>
    public const int BatchSize = 100;

    /// <summary>The longest an idle lane waits before it looks at the outbox again (the watch wakes it sooner).</summary>
    private static readonly TimeSpan s_idleWait = TimeSpan.FromSeconds(1);

    /// <summary>
    /// The longest a lane delivers without storing its position. Implementation note: a write per delivery
    /// made every lane a writer beside the pipeline's (45,000 writes for 5,000 stories to nine partners in
    /// the delivery bench); stored at the end of each batch and at most this long apart, a crash sends
    /// again what was delivered since, with the same idempotency keys.
    /// </summary>
    private static readonly TimeSpan s_storeEvery = TimeSpan.FromSeconds(1);

    /// <summary>How often a lane on standby (another worker holds its lease) tries to take it over.</summary>
    private static readonly TimeSpan s_standbyWait = TimeSpan.FromSeconds(2);

    /// <summary>The wait after a store or broker fault, or while the partner is gone from the file.</summary>
    private static readonly TimeSpan s_faultWait = TimeSpan.FromSeconds(1);

    private readonly LaneTarget _target;
    private readonly Func<PushedStory, CancellationToken, Task<SendResult>> _send;
    private readonly DeliveryPolicy _policy;
    private readonly LaneResources _resources;
    private readonly ILogger _log;
    private readonly SortedDictionary<long, (OutboxEntry Entry, DateTimeOffset Until)> _deferred = [];
    private readonly KeyValuePair<string, object?> _partnerTag;
    private readonly KeyValuePair<string, object?> _transportTag;
    private long _cursor;
    private long _position = -1;
    private LaneLease? _lease;
    private long _stored;
    private DateTimeOffset _storedAt;
    private bool _ended;

    /// <param name="target">The partner, transport and policy.</param>
    /// <param name="send">One attempt to send a story to the target.</param>
    /// <param name="policy">The partner's policy, built for this lane (its circuit is this lane's).</param>
    /// <param name="resources">The store, partners, routes, dead letters, outbox watch and clock.</param>
    /// <param name="log">The lane's log.</param>
    public PartnerLane(LaneTarget target, Func<PushedStory, CancellationToken, Task<SendResult>> send, DeliveryPolicy policy, LaneResources resources, ILogger<PartnerLane> log)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(send);
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(resources);
        _target = target;
        _send = send;
        _policy = policy;
        _resources = resources;
        _log = log;
        Status = new LaneStatus(target, policy);
        _partnerTag = new(TelemetryAttributes.Partner, target.PartnerId);
        _transportTag = new(TelemetryAttributes.Transport, target.TransportName);
    }

    public string Id => _target.LaneId;

    public LaneStatus Status { get; }

    /// <summary>
    /// Drains the outbox and waits for more, until <paramref name="stopping"/> fires, while it holds the lane's
    /// lease: with several workers on one store, one drains each lane and the others stand by to take over.
    /// </summary>
    public async Task RunAsync(CancellationToken stopping)
    {
        // A lane started while a request was handled (a WebSub subscription) must not put its pushes in
        // that request's trace.
        Activity.Current = null;
        try
        {
            await RunLeasedAsync(stopping).ConfigureAwait(false);
        }
        finally
        {
            ReleaseLease();
        }
    }

    private async Task RunLeasedAsync(CancellationToken stopping)
    {
        while (true)
        {
            stopping.ThrowIfCancellationRequested();
            try
            {
                if (!HoldsLease())
                {
                    await Task.Delay(s_standbyWait, _resources.Time, stopping).ConfigureAwait(false);
                    continue;
                }

                if (!await DrainAsync(stopping).ConfigureAwait(false))
                {
                    await WaitAsync(stopping).ConfigureAwait(false);
                }
            }
            catch (Exception exception) when (!stopping.IsCancellationRequested)
            {
                // A store fault, or a bug: the lane must not die of it. Nothing was skipped; the same
                // entry is handled again after the pause.
                Status.Failed(exception.Message, _resources.Time.GetUtcNow());
                LogFault(_log, exception, _target.PartnerId, _target.TransportName);
                await Task.Delay(s_faultWait, _resources.Time, stopping).ConfigureAwait(false);
                _position = -1;
            }
        }
    }

    /// <summary>
    /// Whether this worker holds the lane's lease, taking it when free. A lease newly taken (or taken again
    /// after it was lost) reads the position from the store: the worker that held it may have moved it.
    /// </summary>
    private bool HoldsLease()
    {
        if (_lease is { IsHeld: true })
        {
            return true;
        }

        if (_lease is not null)
        {
            _lease.Dispose();
            _lease = null;
            LogLeaseLost(_log, _target.PartnerId, _target.TransportName);
        }

        _lease = _resources.Store.TryLeaseLane(Id);
        Status.SetStandby(_lease is null);
        if (_lease is null)
        {
            return false;
        }

        _position = -1;
        return true;
    }

    /// <summary>Stores what was delivered since the position was last stored, then gives the lease up.</summary>
    private void ReleaseLease()
    {
        if (_lease is null)
        {
            return;
        }

        try
        {
            if (!_ended && _position > _stored && _lease.IsHeld)
            {
                _resources.Store.AdvanceLane(Id, _position);
            }
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // Stopping with the store failing: the next holder sends those deliveries again, under the same keys.
            LogPositionNotStored(_log, exception, _target.PartnerId, _target.TransportName);
        }
        finally
        {
            _lease.Dispose();
            _lease = null;
        }
    }

    /// <summary>
    /// Handles every entry due now: the deferred ones whose embargo has ended, then the outbox after the
    /// lane's cursor, a batch at a time, to its end. True when it handled any.
    /// </summary>
    internal async Task<bool> DrainAsync(CancellationToken stopping)
    {
        if (_position < 0)
        {
            _deferred.Clear();
            _cursor = _position = _stored = _resources.Store.LanePosition(Id);
            _storedAt = _resources.Time.GetUtcNow();
            Status.Advanced(_position);
            LogReading(_log, _target.PartnerId, _target.TransportName, _position);
        }

        var handled = false;
        var now = _resources.Time.GetUtcNow();
        foreach (var (sequence, (entry, _)) in _deferred.Where(deferred => deferred.Value.Until <= now).ToList())
        {
            _deferred.Remove(sequence);
            await HandleAsync(entry, stopping).ConfigureAwait(false);
            Advance();
            handled = true;
        }

        while (true)
        {
            var entries = _resources.Store.Outbox(_cursor, BatchSize);
            foreach (var entry in entries)
            {
                var pushed = await HandleAsync(entry, stopping).ConfigureAwait(false);
                _cursor = entry.Sequence;
                if (pushed)
                {
                    Advance();
                }

                handled = true;
            }

            Advance(store: true);
            if (entries.Count < BatchSize)
            {
                break;
            }
        }

        Status.SetDeferred(_deferred.Count);
        return handled;
    }

    /// <summary>Waits for the outbox to grow past the cursor, or for the first deferred embargo to end.</summary>
    private Task WaitAsync(CancellationToken stopping)
    {
        var wait = s_idleWait;
        if (_deferred.Count > 0)
        {
            var untilFirst = _deferred.Values.Min(deferred => deferred.Until) - _resources.Time.GetUtcNow();
            wait = untilFirst < wait ? untilFirst : wait;
        }

        return _resources.Outbox.WaitBeyondAsync(_cursor, wait, stopping);
    }

    /// <summary>
    /// Moves the position through the cursor, or short of the first deferred entry; stores it when
    /// <paramref name="store"/> says so or <see cref="s_storeEvery"/> has passed since it was last stored.
    /// </summary>
    private void Advance(bool store = false)
    {
        if (_ended)
        {
            // The subscription and its lane's row are gone; writing the position would bring the row back.
            return;
        }

        var through = _deferred.Count == 0 ? _cursor : Math.Min(_cursor, _deferred.Keys.First() - 1);
        if (through > _position)
        {
            _position = through;
            Status.Advanced(through);
        }

        var now = _resources.Time.GetUtcNow();
        if (_position > _stored && (store || now - _storedAt >= s_storeEvery))
        {
            _resources.Store.AdvanceLane(Id, _position);
            _stored = _position;
            _storedAt = now;
        }
    }

    /// <summary>Pushes the entry's item if the partner may see it now; true when it was delivered or dead-lettered.</summary>
    private async Task<bool> HandleAsync(OutboxEntry entry, CancellationToken stopping)
    {
        if ((entry.PartnerId is { } only && only != _target.PartnerId) || (entry.Transport is { } transport && transport != _target.TransportName))
        {
            // A replayed delivery is for the one partner, and the one transport, it was dead-lettered for.
            return false;
        }

        while (true)
        {
            var partners = _resources.Partners();
            if (partners.Directory.Find(_target.PartnerId) is not { } partner || !IsLive(partner))
            {
                // The file no longer has the partner (or the subscription has ended), so this lane is being
                // stopped: wait rather than skip.
                await Task.Delay(s_faultWait, _resources.Time, stopping).ConfigureAwait(false);
                continue;
            }

            var store = _resources.Store;
            if (store.FindItem(entry.ItemId) is not { } item || item.Current.Sequence > entry.StorySequence)
            {
                return false;
            }

            var now = _resources.Time.GetUtcNow();
            var routes = _resources.Routes.As(store.Stamp());
            var routedTo = RouteBook.RoutedTo(routes, item.ItemId);
            if (item.KilledAt is null)
            {
                var audience = partners.Routing.Audience(item.Current.Story, isKilled: false, now, routedTo);
                if (audience is { Kind: AudienceKind.Embargoed, Until: { } until })
                {
                    _deferred[entry.Sequence] = (entry, until);
                    LogDeferred(_log, _target.PartnerId, _target.TransportName, item.ItemId, until);
                    return false;
                }

                if (!audience.Admits(partner.Id))
                {
                    return false;
                }
            }
            else if (!PartnerFeedReader.CouldSee(partners, partner, item, now, routedTo))
            {
                return false;
            }

            using var activity = StartDelivery(entry);
            PushedStory? story;
            try
            {
                // A replay of a killed item announces the kill, as its first push did.
                var kind = entry.Kind == OutboxKind.Replayed && item.KilledAt is not null ? OutboxKind.Killed : entry.Kind;
                story = _target.Subscription is { } subscription
                    ? WebSubContent.Render(partners, partner, subscription, item, kind, _resources.Publisher)
                    : PartnerStory(partners, partner, item, kind);
            }
            catch (TemplateRenderException exception)
            {
                await DeadLetterAsync(new DeadDelivery(_target.PartnerId, _target.Transport, entry, null, item.Current.Story.Id, DeadLetterReasons.RenderFailed, exception.Message, [], _target.Subscription?.Id), stopping)
                    .ConfigureAwait(false);
                return true;
            }

            if (story is null)
            {
                // Not in the subscribed feed (its filter), or a kill its format cannot say.
                return false;
            }

            var report = await _policy.DeliverAsync(
                token => _send(story, token),
                attempt =>
                {
                    if (attempt.Outcome != AttemptOutcome.Delivered)
                    {
                        Status.Failed(attempt.Describe(), attempt.At);
                        CountDelivery("failed_attempt");
                    }
                },
                stopping).ConfigureAwait(false);
            switch (report.Verdict)
            {
                case DeliveryVerdict.Delivered:
                    var acknowledged = _resources.Time.GetUtcNow();
                    Status.CountDelivered(acknowledged, acknowledged - entry.At);
                    CountDelivery("delivered");
                    SyndicationTelemetry.DeliveryDuration.Record(Math.Max(0, (acknowledged - entry.At).TotalSeconds), _partnerTag, _transportTag);
                    LogDelivered(_log, _target.PartnerId, _target.TransportName, story.ItemId, story.Version, story.KindName, report.Attempts.Count);
                    return true;
                case DeliveryVerdict.CircuitOpen:
                    var pause = report.RetryAfter is { } retryAfter && retryAfter > TimeSpan.Zero ? retryAfter : _target.Retry.Breaker.BreakDuration;
                    LogCircuitOpen(_log, _target.PartnerId, _target.TransportName, pause);
                    await Task.Delay(pause, _resources.Time, stopping).ConfigureAwait(false);
                    continue;
                case DeliveryVerdict.Rejected when _target.Subscription is { } gone && report.Attempts[^1].Status == StatusCodes.Status410Gone:
                    // W3C WebSub lets a hub end a subscription whose callback answers 410 Gone.
                    _resources.Store.RemoveSubscription(gone.Id);
                    _ended = true;
                    LogSubscriptionGone(_log, _target.PartnerId, gone.Id, gone.Callback.Host);
                    return false;
                default:
                    await DeadLetterAsync(new DeadDelivery(_target.PartnerId, _target.Transport, entry, story, story.StoryId, report.Reason, null, report.Attempts, _target.Subscription?.Id), stopping)
                        .ConfigureAwait(false);
                    return true;
            }
        }
    }

    /// <summary>The push's span: a child of the story's stored trace context, or a new trace when the entry has none.</summary>
    private Activity? StartDelivery(OutboxEntry entry)
    {
        var activity = SyndicationTelemetry.Source.StartActivity("deliver", ActivityKind.Producer, KafkaTraceContext.FromStored(entry.Trace));
        if (activity is { IsAllDataRequested: true })
        {
            activity.SetTag(_partnerTag.Key, _partnerTag.Value);
            activity.SetTag(_transportTag.Key, _transportTag.Value);
            activity.SetTag("syndication.outbox.kind", OutboxKindNames.Of(entry.Kind));
        }

        return activity;
    }

    private void CountDelivery(string outcome) =>
        SyndicationTelemetry.Deliveries.Add(1, _partnerTag, _transportTag, new KeyValuePair<string, object?>(TelemetryAttributes.Outcome, outcome));

    /// <summary>Whether the lane may still send: always for a partner's own transports; for a subscription, until its lease ends or its callback answers 410.</summary>
    private bool IsLive(Partner partner) => _target.Subscription is not { } subscription
        || (!_ended && !subscription.HasExpired(_resources.Time.GetUtcNow()) && partner.Feeds.Any(feed => string.Equals(feed.Name, subscription.Feed, StringComparison.Ordinal)));

    /// <summary>The item's latest version in the partner's story format.</summary>
    private PushedStory PartnerStory(PartnersInForce partners, Partner partner, StoredItem item, OutboxKind kind)
    {
        var (body, contentType) = PartnerStoryFormat.Render(
            partners, partner, new FeedEntry(item.ItemId, item.Current.Story, item.FirstStoredAt, item.UpdatedAt), _resources.Publisher);
        return new PushedStory(item.ItemId, item.Current.Story.Id, item.Current.Sequence, kind, partner.StoryFormat.ToString(), contentType, body);
    }

    /// <summary>Dead-letters a delivery, trying until the broker has it: the lane does not move past it before.</summary>
    private async Task DeadLetterAsync(DeadDelivery letter, CancellationToken stopping)
    {
        while (true)
        {
            try
            {
                await _resources.DeadLetters.PublishAsync(letter, stopping).ConfigureAwait(false);
                Status.CountDeadLettered();
                CountDelivery("dead_lettered");
                LogDeadLettered(_log, letter.PartnerId, _target.TransportName, letter.Entry.ItemId, letter.Reason, letter.Attempts.Count);
                return;
            }
            catch (KafkaException exception)
            {
                Status.Failed($"dead letter not produced: {exception.Error.Reason}", _resources.Time.GetUtcNow());
                LogDeadLetterFault(_log, letter.PartnerId, _target.TransportName, exception.Error.Reason);
                await Task.Delay(s_faultWait, _resources.Time, stopping).ConfigureAwait(false);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Delivery lane {Partner}/{Transport} reading the outbox after {Position}")]
    private static partial void LogReading(ILogger logger, string partner, string transport, long position);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Delivered {ItemId} v{Version} ({Kind}) to {Partner}/{Transport} in {Attempts} attempts")]
    private static partial void LogDelivered(ILogger logger, string partner, string transport, string itemId, long version, string kind, int attempts);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Deferred {ItemId} for {Partner}/{Transport} until its embargo ends at {Until}")]
    private static partial void LogDeferred(ILogger logger, string partner, string transport, string itemId, DateTimeOffset until);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Dead-lettered {ItemId} for {Partner}/{Transport}: {Reason} after {Attempts} attempts")]
    private static partial void LogDeadLettered(ILogger logger, string partner, string transport, string itemId, string reason, int attempts);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Circuit of {Partner}/{Transport} is open; the lane waits {Pause}")]
    private static partial void LogCircuitOpen(ILogger logger, string partner, string transport, TimeSpan pause);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Dead letter for {Partner}/{Transport} not produced ({Reason}); trying again")]
    private static partial void LogDeadLetterFault(ILogger logger, string partner, string transport, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "WebSub subscription {Id} of {Partner} ended: its callback on {CallbackHost} answered 410 Gone")]
    private static partial void LogSubscriptionGone(ILogger logger, string partner, long id, string callbackHost);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Delivery lane {Partner}/{Transport} lost its lease (its store connection broke); it takes the lane again when it can")]
    private static partial void LogLeaseLost(ILogger logger, string partner, string transport);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Delivery lane {Partner}/{Transport} stopped without storing its position; the next holder sends the latest deliveries again")]
    private static partial void LogPositionNotStored(ILogger logger, Exception exception, string partner, string transport);

    [LoggerMessage(Level = LogLevel.Error, Message = "Delivery lane {Partner}/{Transport} fault; handling the same entry again shortly")]
    private static partial void LogFault(ILogger logger, Exception exception, string partner, string transport);
}
