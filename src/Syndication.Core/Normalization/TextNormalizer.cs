using System.Text;

namespace Syndication.Core.Normalization;

/// <summary>
/// Normalizes one text field (a headline, a name, a paragraph): invisible and control characters out,
/// whitespace collapsed and trimmed, Unicode NFC, quotes and dashes set right. Idempotent.
/// </summary>
/// <remarks>
/// The order matters: characters are dropped before NFC, since a zero-width space between a letter and
/// its combining accent would otherwise keep them from composing.
/// </remarks>
internal static class TextNormalizer
{
    public static string Normalize(string text)
    {
        var result = WhitespaceNormalizer.Normalize(text);
        if (!result.IsNormalized(NormalizationForm.FormC))
        {
            result = result.Normalize(NormalizationForm.FormC);
        }

        return DashNormalizer.Normalize(QuoteNormalizer.Normalize(result));
    }
}
