namespace Syndication.Cli.Bench;

/// <summary>One two-worker pipeline run.</summary>
/// <param name="Timed">Messages accounted for after both workers had partitions: what <paramref name="Elapsed"/> measures.</param>
/// <param name="Elapsed">From both workers having partitions until every message was accounted for.</param>
/// <param name="FirstConsumed">Messages the first worker consumed and committed, over the whole run.</param>
/// <param name="SecondConsumed">The same for the second.</param>
internal readonly record struct TwoWorkerRun(long Timed, TimeSpan Elapsed, long FirstConsumed, long SecondConsumed)
{
    /// <summary>Stories per second of both workers together.</summary>
    internal double Rate => Timed / Elapsed.TotalSeconds;
}
