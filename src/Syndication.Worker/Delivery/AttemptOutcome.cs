namespace Syndication.Worker.Delivery;

/// <summary>What one attempt at a delivery came to.</summary>
public enum AttemptOutcome
{
    /// <summary>The partner took it (HTTP 2xx, or the broker acknowledged it).</summary>
    Delivered,

    /// <summary>The partner answered with a failure worth retrying (HTTP 5xx, 408, 429, a redirect; a retriable broker error).</summary>
    Failed,

    /// <summary>The partner refused it for good (HTTP 4xx other than 408 and 429; a broker error no retry can mend).</summary>
    Rejected,

    /// <summary>No answer within the policy's timeout.</summary>
    TimedOut,

    /// <summary>The partner could not be reached (connection refused or reset, no such host).</summary>
    Unreachable,
}
