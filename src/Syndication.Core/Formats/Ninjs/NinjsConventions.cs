using Syndication.Core.Stories;

namespace Syndication.Core.Formats.Ninjs;

/// <summary>
/// Where we put what a story carries that ninjs names no property for, so the renderer writes it and the
/// decoder reads it back from the same place. Each is a schema-valid use of a ninjs property, chosen for
/// what a ninjs reader that knows nothing of us would make of it.
/// </summary>
internal static class NinjsConventions
{
    /// <summary>
    /// A correction, as a <c>genres</c> entry with IPTC's own signal for it (NewsML-G2's <c>sig:correction</c>).
    /// ninjs has no signals; a genre is "a characteristic of the news item", and IPTC's URI says which.
    /// </summary>
    public const string CorrectionUri = "http://cv.iptc.org/newscodes/signal/correction";

    /// <summary>The same signal as a QCode, as a sender may write it in a <c>literal</c>.</summary>
    public const string CorrectionQCode = "sig:correction";

    /// <summary>
    /// The credit line, as a <c>descriptions</c> entry with this role, the way IPTC's own ninjs examples
    /// carry AP's ("ASSOCIATED PRESS").
    /// </summary>
    public const string CreditLineRole = "creditline";

    /// <summary>A keyword, as a <c>subjects</c> entry with this <c>rel</c> and only a name: ninjs 2.x and 3.x have no keywords.</summary>
    public const string KeywordRel = "keyword";

    /// <summary>
    /// The people who made the story, as <c>people</c> entries whose <c>rel</c> is what they did ("author",
    /// "editor"): <c>by</c> is one line of text and names no editor.
    /// </summary>
    public static string PersonRel(ContributorRole role) => role switch
    {
        ContributorRole.Author => "author",
        ContributorRole.Reporter => "reporter",
        ContributorRole.Writer => "writer",
        ContributorRole.Editor => "editor",
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, "A contributor role with no ninjs rel."),
    };

    /// <summary>The role a <c>people</c> entry's <c>rel</c> names, or null for a person the story is about or mentions.</summary>
    public static ContributorRole? RoleOf(string? rel) => rel switch
    {
        "author" => ContributorRole.Author,
        "reporter" => ContributorRole.Reporter,
        "writer" => ContributorRole.Writer,
        "editor" => ContributorRole.Editor,
        _ => null,
    };

    /// <summary>The organisation that publishes the ninjs, as an <c>infoSources</c> entry with this role.</summary>
    public const string PublisherRole = "publisher";

    /// <summary>The id the source gave the item, as an <c>altIds</c> entry with this role (the <c>uri</c> is ours).</summary>
    public const string SourceIdRole = "source";

    /// <summary>
    /// "Exclusive to NAME" opens the usage terms of a story exclusive to one organisation, the way the wires
    /// write it in plain copy; other terms follow after this separator.
    /// </summary>
    public const string ExclusiveToPrefix = "Exclusive to ";

    public const string UsageTermsSeparator = "; ";
}
