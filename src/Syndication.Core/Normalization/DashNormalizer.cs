using System.Text;

namespace Syndication.Core.Normalization;

/// <summary>Turns the typewriter dash " -- " between words into an em dash.</summary>
/// <remarks>
/// Implementation note: only a double hyphen with whitespace on both sides is changed. A single spaced
/// hyphen may be a minus or a range, and hyphens inside words ("Kurish-Arab") are the writer's spelling.
/// </remarks>
internal static class DashNormalizer
{
    public static string Normalize(string text)
    {
        if (!text.Contains(" --", StringComparison.Ordinal))
        {
            return text;
        }

        var result = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            // The whitespace around is looked at, not consumed, so " -- -- " becomes " — — " in one pass.
            if (text[i] == '-' && i > 0 && i + 2 < text.Length && text[i + 1] == '-'
                && char.IsWhiteSpace(text[i - 1]) && char.IsWhiteSpace(text[i + 2]))
            {
                result.Append('\u2014');
                i++;
                continue;
            }

            result.Append(text[i]);
        }

        return result.ToString();
    }
}
