namespace Syndication.Core.Normalization;

/// <summary>
/// Normalizes one text field (a headline, a name, a paragraph): invisible and control characters out,
/// whitespace collapsed and trimmed, Unicode NFC, quotes and dashes set right. Idempotent.
/// </summary>
/// <remarks>
/// The order matters: characters are dropped before NFC, since a zero-width space between a letter and
/// its combining accent would otherwise keep them from composing. Each pass returns its input instance
/// when it has nothing to change, so clean text costs a few vectorized scans and no copy.
/// </remarks>
internal static class TextNormalizer
{
    public static string Normalize(string text) =>
        DashNormalizer.Normalize(QuoteNormalizer.Normalize(CompositionNormalizer.Normalize(WhitespaceNormalizer.Normalize(text))));
}
