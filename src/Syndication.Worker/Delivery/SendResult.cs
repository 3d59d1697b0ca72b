namespace Syndication.Worker.Delivery;

/// <summary>What a sender got back from one attempt.</summary>
/// <param name="Outcome">Delivered, or how it failed.</param>
/// <param name="Status">The HTTP status, when there was one.</param>
/// <param name="Error">Why it failed, for people; never a body.</param>
/// <param name="RetryAfter">How long the partner asked to be left alone (<c>Retry-After</c>), when it did.</param>
public sealed record SendResult(AttemptOutcome Outcome, int? Status = null, string? Error = null, TimeSpan? RetryAfter = null)
{
    public static SendResult Delivered(int? status = null) => new(AttemptOutcome.Delivered, status);

    /// <summary>Whether a later attempt may do better.</summary>
    public bool IsRetryable => Outcome is AttemptOutcome.Failed or AttemptOutcome.TimedOut or AttemptOutcome.Unreachable;
}
