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
}
