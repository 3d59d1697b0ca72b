using System.Globalization;
using System.Text;

namespace Syndication.Core.Formats.ReutersSgml;

/// <summary>
/// The character data of a Reuters-21578 element with its references resolved: &amp;lt;, &amp;gt;,
/// &amp;amp;, &amp;quot; and numeric references. References to control characters (the wire's STX, ETX,
/// SYN, ENQ, DEL, ESC) are dropped: they framed the copy and are not text.
/// </summary>
internal static class SgmlText
{
    // A numeric reference has a handful of digits; past this, the '&' is literal text.
    private const int MaxReferenceLength = 10;

    public static string Decode(ReadOnlySpan<char> text)
    {
        var amp = text.IndexOf('&');
        if (amp < 0)
        {
            return text.ToString();
        }

        var decoded = new StringBuilder(text.Length);
        while (amp >= 0)
        {
            decoded.Append(text[..amp]);
            text = text[amp..];
            var semicolon = text[..Math.Min(text.Length, MaxReferenceLength)].IndexOf(';');
            if (semicolon < 0 || !TryResolve(text[1..semicolon], decoded))
            {
                decoded.Append('&');
                text = text[1..];
            }
            else
            {
                text = text[(semicolon + 1)..];
            }

            amp = text.IndexOf('&');
        }

        return decoded.Append(text).ToString();
    }

    private static bool TryResolve(ReadOnlySpan<char> name, StringBuilder decoded)
    {
        switch (name)
        {
            case "lt":
                decoded.Append('<');
                return true;
            case "gt":
                decoded.Append('>');
                return true;
            case "amp":
                decoded.Append('&');
                return true;
            case "quot":
                decoded.Append('"');
                return true;
        }

        if (name.Length < 2 || name[0] != '#' || !int.TryParse(name[1..], NumberStyles.None, CultureInfo.InvariantCulture, out var code)
            || code > 0x10FFFF || code is >= 0xD800 and <= 0xDFFF)
        {
            return false;
        }

        if (!char.IsControl((char)Math.Min(code, 0xFFFF)) || code > 0xFFFF)
        {
            decoded.Append(char.ConvertFromUtf32(code));
        }

        return true;
    }
}
