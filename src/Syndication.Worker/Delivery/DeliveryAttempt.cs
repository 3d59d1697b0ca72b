namespace Syndication.Worker.Delivery;

/// <summary>One attempt at a delivery, as a dead letter lists it.</summary>
/// <param name="At">When it started.</param>
/// <param name="Outcome">What it came to.</param>
/// <param name="Status">The HTTP status, when there was one.</param>
/// <param name="Error">Why it failed, when it did.</param>
public sealed record DeliveryAttempt(DateTimeOffset At, AttemptOutcome Outcome, int? Status, string? Error)
{
    /// <summary>The attempt in a few words, for <c>/status.json</c> and the logs.</summary>
    public string Describe() => (Status, Error) switch
    {
        ({ } status, { } error) => $"HTTP {status} {error}",
        ({ } status, null) => $"HTTP {status}",
        (null, { } error) => error,
        _ => Outcome.ToString(),
    };
}
