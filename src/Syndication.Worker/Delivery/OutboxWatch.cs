using System.Data.Common;
using Syndication.Storage;

namespace Syndication.Worker.Delivery;

/// <summary>
/// Watches the outbox's head for every lane at once, so that an idle lane wakes within
/// <see cref="PollInterval"/> of a story being stored, at the cost of one indexed query per interval
/// whatever the number of lanes.
/// </summary>
public sealed class OutboxWatch : IDisposable
{
    public static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(50);

    private readonly IStoryStore _store;
    private readonly TimeProvider _time;
    private readonly Lock _polling = new();
    private readonly ITimer _timer;
    private TaskCompletionSource _moved = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _head;

    public OutboxWatch(IStoryStore store, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(time);
        _store = store;
        _time = time;
        _head = store.OutboxHead();
        _timer = time.CreateTimer(_ => Poll(), null, PollInterval, PollInterval);
    }

    /// <summary>The latest outbox sequence seen.</summary>
    public long Head => Interlocked.Read(ref _head);

    /// <summary>Reads the head now, and wakes the waiting lanes if it moved.</summary>
    public void Poll()
    {
        if (!_polling.TryEnter())
        {
            return;
        }

        try
        {
            var head = _store.OutboxHead();
            if (head != Head)
            {
                Interlocked.Exchange(ref _head, head);
                Interlocked.Exchange(ref _moved, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
            }
        }
        catch (DbException)
        {
            // The next tick reads it again; the lanes' own waits are bounded meanwhile.
        }
        catch (ObjectDisposedException)
        {
        }
        finally
        {
            _polling.Exit();
        }
    }

    /// <summary>Returns when the head is past <paramref name="position"/>, or after <paramref name="atMost"/>.</summary>
    public async Task WaitBeyondAsync(long position, TimeSpan atMost, CancellationToken cancellationToken)
    {
        var moved = Volatile.Read(ref _moved).Task;
        if (Head > position || atMost <= TimeSpan.Zero)
        {
            return;
        }

        using var waited = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        await Task.WhenAny(moved, Task.Delay(atMost, _time, waited.Token)).ConfigureAwait(false);
        await waited.CancelAsync().ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
    }

    public void Dispose() => _timer.Dispose();
}
