namespace Syndication.Worker.Delivery;

/// <summary>Why a delivery was dead-lettered, as <c>wire.deliveries.dlq</c> says it.</summary>
public static class DeadLetterReasons
{
    /// <summary>The partner refused it for good (HTTP 4xx other than 408 and 429).</summary>
    public const string Rejected = "rejected";

    /// <summary>Every attempt the partner's policy allows failed.</summary>
    public const string RetriesExhausted = "retries-exhausted";

    /// <summary>The policy's <c>giveUpAfter</c> passed before it went through.</summary>
    public const string GaveUp = "gave-up";

    /// <summary>The story could not be rendered in the partner's format (its template failed on it).</summary>
    public const string RenderFailed = "render-failed";
}
