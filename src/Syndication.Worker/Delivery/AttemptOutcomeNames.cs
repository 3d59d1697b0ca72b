namespace Syndication.Worker.Delivery;

/// <summary>Attempt outcomes as dead letters write them.</summary>
public static class AttemptOutcomeNames
{
    public static string Of(AttemptOutcome outcome) => outcome switch
    {
        AttemptOutcome.Delivered => "delivered",
        AttemptOutcome.Failed => "failed",
        AttemptOutcome.Rejected => "rejected",
        AttemptOutcome.TimedOut => "timeout",
        _ => "unreachable",
    };
}
