namespace Syndication.Cli.DeadLetters;

/// <summary>
/// What <c>list</c> and <c>replay --all</c> select: the topics, and optionally a partner (deliveries only:
/// a story dead letter has none), a reason and a time range (since inclusive, until exclusive).
/// </summary>
internal sealed record DeadLetterFilter(IReadOnlyList<DeadLetterTopic> Topics, string? Partner, string? Reason, DateTimeOffset? Since, DateTimeOffset? Until)
{
    internal bool Admits(DeadLetter letter) =>
        (Partner is null || letter.Partner == Partner)
        && (Reason is null || letter.Reason == Reason)
        && (Since is null || letter.At >= Since)
        && (Until is null || letter.At < Until);
}
