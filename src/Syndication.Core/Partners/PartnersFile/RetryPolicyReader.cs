using Syndication.Core.Json;

namespace Syndication.Core.Partners.PartnersFile;

/// <summary>
/// Reads a partner's <c>"retry": { "attempts", "baseDelay", "maxDelay", "timeout", "giveUpAfter", "breaker":
/// { "failureRatio", "minimumThroughput", "samplingDuration", "breakDuration" } }</c>. Every property is
/// optional; what is left out is <see cref="RetryPolicy.Default"/>'s.
/// </summary>
/// <remarks>
/// The ranges are the ones Polly accepts (a timeout of at least 10 ms, a sampling or break duration of at
/// least half a second, a throughput of at least 2, nothing over a day), so a file that reads always
/// builds its pipeline.
/// </remarks>
internal static class RetryPolicyReader
{
    public const int MaxAttempts = 100;

    private static readonly string[] s_properties = ["attempts", "baseDelay", "maxDelay", "timeout", "giveUpAfter", "breaker"];
    private static readonly string[] s_breakerProperties = ["failureRatio", "minimumThroughput", "samplingDuration", "breakDuration"];
    private static readonly TimeSpan s_day = TimeSpan.FromDays(1);
    private static readonly TimeSpan s_shortestTimeout = TimeSpan.FromMilliseconds(10);
    private static readonly TimeSpan s_shortestWindow = TimeSpan.FromMilliseconds(500);

    /// <returns>The policy (the default when there is none), or null when it has errors (reported).</returns>
    public static RetryPolicy? Read(LocatedNode? node, PartnersFileErrors errors)
    {
        var defaults = RetryPolicy.Default;
        if (node is null)
        {
            return defaults;
        }

        var before = errors.Count;
        var fields = ObjectFields.Read(node, "a retry policy", s_properties, errors);
        if (fields is null)
        {
            return null;
        }

        var attempts = fields.Optional("attempts") is { } attemptsNode
            ? FieldValues.WholeNumber(attemptsNode, "attempts", 1, MaxAttempts, $"from 1 to {MaxAttempts}", errors)
            : defaults.Attempts;
        var baseDelay = Duration(fields, "baseDelay", defaults.BaseDelay, TimeSpan.Zero, errors);
        var maxDelay = Duration(fields, "maxDelay", defaults.MaxDelay, TimeSpan.Zero, errors);
        var timeout = Duration(fields, "timeout", defaults.Timeout, s_shortestTimeout, errors);
        var giveUpAfter = Duration(fields, "giveUpAfter", defaults.GiveUpAfter, s_shortestTimeout, errors);
        if (baseDelay is { } shortest && maxDelay is { } longest && longest < shortest)
        {
            var at = fields.Optional("maxDelay") ?? fields.Optional("baseDelay")!;
            errors.Add(at, $"'maxDelay' ({FieldValues.Written(longest)}) is shorter than 'baseDelay' ({FieldValues.Written(shortest)})");
        }

        var breaker = Breaker(fields.Optional("breaker"), errors);
        return errors.Count == before ? new RetryPolicy(attempts!.Value, baseDelay!.Value, maxDelay!.Value, timeout!.Value, giveUpAfter!.Value, breaker!) : null;
    }

    private static BreakerPolicy? Breaker(LocatedNode? node, PartnersFileErrors errors)
    {
        var defaults = BreakerPolicy.Default;
        if (node is null)
        {
            return defaults;
        }

        var fields = ObjectFields.Read(node, "a circuit breaker", s_breakerProperties, errors);
        if (fields is null)
        {
            return null;
        }

        var ratio = fields.Optional("failureRatio") is { } ratioNode ? FieldValues.Ratio(ratioNode, "failureRatio", errors) : defaults.FailureRatio;
        var throughput = fields.Optional("minimumThroughput") is { } throughputNode
            ? FieldValues.WholeNumber(throughputNode, "minimumThroughput", 2, int.MaxValue, "of 2 or more", errors)
            : defaults.MinimumThroughput;
        var sampling = Duration(fields, "samplingDuration", defaults.SamplingDuration, s_shortestWindow, errors);
        var breakDuration = Duration(fields, "breakDuration", defaults.BreakDuration, s_shortestWindow, errors);
        return ratio is null || throughput is null || sampling is null || breakDuration is null
            ? null
            : new BreakerPolicy(ratio.Value, throughput.Value, sampling.Value, breakDuration.Value);
    }

    private static TimeSpan? Duration(ObjectFields fields, string name, TimeSpan fallback, TimeSpan minimum, PartnersFileErrors errors) =>
        fields.Optional(name) is { } node ? FieldValues.Duration(node, name, minimum, s_day, errors) : fallback;
}
