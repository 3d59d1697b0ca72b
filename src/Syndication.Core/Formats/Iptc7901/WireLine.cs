namespace Syndication.Core.Formats.Iptc7901;

/// <summary>Cleans one line of teletype copy for reading: control characters become spaces, the ends are trimmed.</summary>
internal static class WireLine
{
    /// <remarks>
    /// Implementation note: a control character inside a line is a space to the reader (ANPA's TTS space
    /// band 0x10, the column separators 0x1E/0x1F of an agate row, AAP's stray 0x0F/0x19), so it is not
    /// dropped, which would join the words on either side; the normalizer collapses the runs it leaves.
    /// </remarks>
    public static string Clean(ReadOnlySpan<char> line)
    {
        var trimmed = line.Trim();
        var control = trimmed.IndexOfAnyInRange('\0', '\u001F');
        if (control < 0)
        {
            return trimmed.ToString();
        }

        return string.Create(trimmed.Length, trimmed.ToString(), static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = char.IsControl(source[i]) ? ' ' : source[i];
            }
        }).Trim();
    }

    /// <summary>Whether the line holds nothing but whitespace and control characters.</summary>
    public static bool IsBlank(ReadOnlySpan<char> line)
    {
        foreach (var c in line)
        {
            if (!char.IsWhiteSpace(c) && !char.IsControl(c))
            {
                return false;
            }
        }

        return true;
    }
}
