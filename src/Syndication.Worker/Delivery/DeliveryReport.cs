namespace Syndication.Worker.Delivery;

/// <summary>How a delivery went: its verdict, every attempt, and when an open circuit may close.</summary>
public sealed record DeliveryReport(DeliveryVerdict Verdict, IReadOnlyList<DeliveryAttempt> Attempts, TimeSpan? RetryAfter = null)
{
    /// <summary>The reason a dead letter gives for this verdict: <c>rejected</c>, <c>retries-exhausted</c> or <c>gave-up</c>.</summary>
    public string Reason => Verdict switch
    {
        DeliveryVerdict.Rejected => DeadLetterReasons.Rejected,
        DeliveryVerdict.RetriesExhausted => DeadLetterReasons.RetriesExhausted,
        DeliveryVerdict.GaveUp => DeadLetterReasons.GaveUp,
        _ => throw new InvalidOperationException($"A {Verdict} delivery is not dead-lettered."),
    };
}
