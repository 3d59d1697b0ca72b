namespace Syndication.Worker.Status;

/// <summary>
/// Messages consumed and stories stored per minute over the last <see cref="Minutes"/> minutes, counted as
/// batches are committed: the flow rates of the status page.
/// </summary>
/// <remarks>
/// Implementation note: a ring of minute buckets in memory, not the store's counters sampled over time: it
/// costs one lock per batch, and after a restart the page shows the flow since the start, which is what
/// an operator watching a restarted worker wants to see anyway.
/// </remarks>
public sealed class FlowRing
{
    /// <summary>How many minutes are kept, the current one included.</summary>
    public const int Minutes = 10;

    private readonly Lock _gate = new();
    private readonly long[] _minute = Enumerable.Repeat(long.MinValue, Minutes).ToArray();
    private readonly long[] _consumed = new long[Minutes];
    private readonly long[] _stored = new long[Minutes];

    /// <summary>Counts a batch committed at <paramref name="at"/>.</summary>
    public void Record(DateTimeOffset at, int consumed, int stored)
    {
        var minute = MinuteOf(at);
        lock (_gate)
        {
            var slot = Slot(minute);
            if (_minute[slot] != minute)
            {
                (_minute[slot], _consumed[slot], _stored[slot]) = (minute, 0, 0);
            }

            _consumed[slot] += consumed;
            _stored[slot] += stored;
        }
    }

    /// <summary>The <see cref="Minutes"/> minutes up to <paramref name="now"/>, oldest first, the current (partial) minute last; a minute with no batch counts zero.</summary>
    public IReadOnlyList<FlowMinute> Recent(DateTimeOffset now)
    {
        var current = MinuteOf(now);
        var minutes = new List<FlowMinute>(Minutes);
        lock (_gate)
        {
            for (var minute = current - Minutes + 1; minute <= current; minute++)
            {
                var slot = Slot(minute);
                var counted = _minute[slot] == minute;
                minutes.Add(new FlowMinute(DateTimeOffset.FromUnixTimeSeconds(minute * 60), counted ? _consumed[slot] : 0, counted ? _stored[slot] : 0));
            }
        }

        return minutes;
    }

    private static long MinuteOf(DateTimeOffset at) => at.ToUnixTimeSeconds() / 60;

    private static int Slot(long minute) => (int)(minute % Minutes);
}
