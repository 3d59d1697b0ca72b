namespace Syndication.Core.Decoding;

/// <summary>The reason codes a rejection carries; dead-letter headers and counters use them.</summary>
public static class RejectionReasons
{
    public const string Empty = "empty";
    public const string Binary = "binary";
    public const string InvalidEncoding = "invalid-encoding";
    public const string NoHeadline = "no-headline";
    public const string NoBody = "no-body";
    public const string TooLarge = "too-large";

    /// <summary>Not well-formed XML or JSON, or a document whose structure means nothing we can read.</summary>
    public const string Malformed = "malformed";

    /// <summary>An XML document with an internal DTD subset (entity declarations): never processed.</summary>
    public const string Dtd = "dtd";

    /// <summary>Nesting deeper than any story needs.</summary>
    public const string TooDeep = "too-deep";

    /// <summary>A well-formed document of a kind that is not a news story (an unknown XML root, a catalog).</summary>
    public const string UnsupportedFormat = "unsupported-format";

    /// <summary>An item that is a picture, video or other media, or a planning or concept item, not text.</summary>
    public const string NotText = "not-text";
}
