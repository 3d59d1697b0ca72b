using Syndication.Worker.Status;

namespace Syndication.Worker.Tests.Status;

public sealed class FlowRingTests
{
    private static readonly DateTimeOffset s_start = new(2026, 11, 26, 10, 0, 30, TimeSpan.Zero);

    [Fact]
    public void Recent_BatchesInTwoMinutes_CountsEachMinuteOldestFirst()
    {
        var ring = new FlowRing();
        ring.Record(s_start, 10, 8);
        ring.Record(s_start.AddSeconds(20), 5, 5);
        ring.Record(s_start.AddMinutes(2), 3, 1);

        var recent = ring.Recent(s_start.AddMinutes(2));

        recent.Count.ShouldBe(FlowRing.Minutes);
        recent[^1].ShouldBe(new FlowMinute(new DateTimeOffset(2026, 11, 26, 10, 2, 0, TimeSpan.Zero), 3, 1));
        recent[^2].ShouldBe(new FlowMinute(new DateTimeOffset(2026, 11, 26, 10, 1, 0, TimeSpan.Zero), 0, 0));
        recent[^3].ShouldBe(new FlowMinute(new DateTimeOffset(2026, 11, 26, 10, 0, 0, TimeSpan.Zero), 15, 13));
    }

    [Fact]
    public void Recent_MinuteOlderThanTheRing_IsForgottenNotCountedAgain()
    {
        var ring = new FlowRing();
        ring.Record(s_start, 10, 10);
        ring.Record(s_start.AddMinutes(FlowRing.Minutes), 1, 1);

        var recent = ring.Recent(s_start.AddMinutes(FlowRing.Minutes));

        recent.Sum(minute => minute.Stored).ShouldBe(1);
        recent[^1].Stored.ShouldBe(1);
    }
}
