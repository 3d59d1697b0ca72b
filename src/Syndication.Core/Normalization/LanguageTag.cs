namespace Syndication.Core.Normalization;

/// <summary>Writes a language the source states as a BCP 47 tag in its conventional case ("en", "nb-NO", "zh-Hant").</summary>
internal static class LanguageTag
{
    private const int MaxLength = 35;

    public static string? Normalize(string? language)
    {
        var trimmed = language?.Trim().Replace('_', '-');
        if (string.IsNullOrEmpty(trimmed) || trimmed.Length > MaxLength || !trimmed.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
        {
            return null;
        }

        var parts = trimmed.Split('-', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0 || !parts[0].All(char.IsAsciiLetter))
        {
            return null;
        }

        parts[0] = parts[0].ToLowerInvariant();
        for (var i = 1; i < parts.Length; i++)
        {
            parts[i] = parts[i].Length switch
            {
                2 => parts[i].ToUpperInvariant(),
                4 => char.ToUpperInvariant(parts[i][0]) + parts[i][1..].ToLowerInvariant(),
                _ => parts[i].ToLowerInvariant(),
            };
        }

        return string.Join('-', parts);
    }
}
