using System.Diagnostics.CodeAnalysis;
using System.Text;
using System.Text.Unicode;
using System.Xml;
using System.Xml.Linq;
using Syndication.Core.Decoding;

namespace Syndication.Core.Xml;

/// <summary>
/// Reads the bytes of an XML story document into an <see cref="XDocument"/>, safely: no DTD is processed
/// and nothing is fetched, nesting is capped, and the text encoding is taken from the bytes where the
/// declaration lies about it.
/// </summary>
/// <remarks>
/// Implementation note: a DOCTYPE that only names an external DTD (real NITF and RSS 0.91 files carry
/// one) is skipped, never fetched, and noted as a deviation; a DOCTYPE with an internal subset can declare
/// entities (billion laughs, external entities) and is refused outright. Bytes that are valid UTF-8 are
/// read as UTF-8 whatever the declaration says, since agencies often declare ISO-8859-1 over UTF-8 bytes;
/// other bytes are read in the declared encoding, ISO-8859-1 and undeclared ones as Windows-1252.
/// </remarks>
internal static class XmlInput
{
    /// <summary>The deepest element nesting accepted; real story documents stay under 20.</summary>
    public const int MaxDepth = 64;

    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    public static bool TryLoad(
        ReadOnlySpan<byte> input,
        ICollection<string> deviations,
        [NotNullWhen(true)] out XDocument? document,
        [NotNullWhen(false)] out Rejection? rejection)
    {
        document = null;
        if (!TryReadText(input, deviations, out var text, out rejection))
        {
            return false;
        }

        try
        {
            if (!TryCheckDoctype(text, deviations, out rejection) || !TryCheckDepth(text, out rejection))
            {
                return false;
            }

            using var reader = XmlReader.Create(new StringReader(text), s_settings);
            document = XDocument.Load(reader, LoadOptions.None);
            return true;
        }
        catch (XmlException exception)
        {
            rejection = new Rejection(RejectionReasons.Malformed, RejectionStages.Decode, $"The XML is not well-formed: {exception.Message}");
            return false;
        }
    }

    private static readonly XmlReaderSettings s_settings = new()
    {
        DtdProcessing = DtdProcessing.Ignore,
        XmlResolver = null,
        MaxCharactersFromEntities = 1024,
        MaxCharactersInDocument = StoryDecoder.MaxBytes * 2L,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = true,
    };

    /// <summary>Refuses a DOCTYPE with an internal subset; notes one that only names an external DTD.</summary>
    private static bool TryCheckDoctype(string text, ICollection<string> deviations, [NotNullWhen(false)] out Rejection? rejection)
    {
        rejection = null;
        var root = FirstElement(text);
        var doctype = text.AsSpan(0, root).IndexOf("<!DOCTYPE", StringComparison.Ordinal);
        if (doctype < 0)
        {
            return true;
        }

        var declaration = text.AsSpan(doctype, root - doctype);
        if (declaration.Contains('['))
        {
            rejection = new Rejection(RejectionReasons.Dtd, RejectionStages.Decode,
                "The document declares a DTD internal subset; DTDs are never processed, so it is refused.");
            return false;
        }

        var end = declaration.IndexOf('>');
        deviations.Add($"The document names an external DTD ({declaration[..(end < 0 ? declaration.Length : end + 1)]}); it was not fetched.");
        return true;
    }

    /// <summary>Where the root element starts: the first '&lt;' followed by a name, past the prolog.</summary>
    private static int FirstElement(string text)
    {
        for (var at = text.IndexOf('<'); at >= 0 && at + 1 < text.Length; at = text.IndexOf('<', at + 1))
        {
            if (char.IsLetter(text[at + 1]) || text[at + 1] == '_')
            {
                return at;
            }
        }

        return text.Length;
    }

    /// <summary>A first pass over the document that refuses nesting beyond <see cref="MaxDepth"/> before a tree is built.</summary>
    private static bool TryCheckDepth(string text, [NotNullWhen(false)] out Rejection? rejection)
    {
        using var reader = XmlReader.Create(new StringReader(text), s_settings);
        rejection = null;
        while (reader.Read())
        {
            if (reader.Depth > MaxDepth)
            {
                rejection = new Rejection(RejectionReasons.TooDeep, RejectionStages.Decode, $"Elements are nested more than {MaxDepth} deep.");
                return false;
            }
        }

        return true;
    }

    private static bool TryReadText(ReadOnlySpan<byte> input, ICollection<string> deviations, [NotNullWhen(true)] out string? text, [NotNullWhen(false)] out Rejection? rejection)
    {
        rejection = null;
        if (input.StartsWith(Utf8Bom))
        {
            input = input[Utf8Bom.Length..];
        }
        else if (input.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || input.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            var unicode = new UnicodeEncoding(bigEndian: input[0] == 0xFE, byteOrderMark: false, throwOnInvalidBytes: true);
            try
            {
                text = unicode.GetString(input[2..]);
                return true;
            }
            catch (DecoderFallbackException)
            {
                text = null;
                rejection = new Rejection(RejectionReasons.InvalidEncoding, RejectionStages.Decode, "The document starts with a UTF-16 byte order mark but is not valid UTF-16.");
                return false;
            }
        }

        var declared = DeclaredEncoding(input);
        if (Utf8.IsValid(input))
        {
            text = Encoding.UTF8.GetString(input);
            if (declared is not null && !IsUtf8Name(declared) && input.ContainsAnyExceptInRange((byte)0, (byte)0x7F))
            {
                deviations.Add($"The document declares encoding \"{declared}\" but its bytes are UTF-8; read as UTF-8.");
            }

            return true;
        }

        var encoding = EncodingFor(declared);
        if (encoding is null)
        {
            text = null;
            rejection = new Rejection(RejectionReasons.InvalidEncoding, RejectionStages.Decode,
                $"The document declares encoding \"{declared}\", which is not one we can read, and its bytes are not UTF-8.");
            return false;
        }

        try
        {
            text = encoding.GetString(input);
            return true;
        }
        catch (DecoderFallbackException)
        {
            text = null;
            rejection = new Rejection(RejectionReasons.InvalidEncoding, RejectionStages.Decode,
                $"The document's bytes are neither UTF-8 nor valid {encoding.WebName}.");
            return false;
        }
    }

    private static bool IsUtf8Name(string name) =>
        name.Equals("utf-8", StringComparison.OrdinalIgnoreCase) || name.Equals("utf8", StringComparison.OrdinalIgnoreCase);

    private static Encoding? EncodingFor(string? declared)
    {
        if (declared is null || IsUtf8Name(declared)
            || declared.Equals("iso-8859-1", StringComparison.OrdinalIgnoreCase)
            || declared.Equals("latin1", StringComparison.OrdinalIgnoreCase)
            || declared.Equals("us-ascii", StringComparison.OrdinalIgnoreCase))
        {
            // Implementation note: Windows-1252 is what ISO-8859-1 means on the wire (HTML5 reads it so),
            // and what undeclared non-UTF-8 bytes almost always are.
            declared = "windows-1252";
        }

        try
        {
            return CodePagesEncodingProvider.Instance.GetEncoding(declared, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback)
                ?? Encoding.GetEncoding(declared, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>The encoding named in the XML declaration, read from its ASCII bytes.</summary>
    private static string? DeclaredEncoding(ReadOnlySpan<byte> input)
    {
        var start = input.IndexOfAnyExcept(" \t\r\n"u8);
        if (start < 0 || !input[start..].StartsWith("<?xml"u8))
        {
            return null;
        }

        var declaration = input[start..];
        var end = declaration.IndexOf("?>"u8);
        declaration = end < 0 ? declaration[..Math.Min(declaration.Length, 200)] : declaration[..end];
        var at = declaration.IndexOf("encoding"u8);
        if (at < 0)
        {
            return null;
        }

        var rest = declaration[(at + "encoding".Length)..];
        var quote = rest.IndexOfAny("\"'"u8);
        if (quote < 0)
        {
            return null;
        }

        var close = rest[(quote + 1)..].IndexOf(rest[quote]);
        return close < 0 ? null : Encoding.ASCII.GetString(rest.Slice(quote + 1, close)).Trim();
    }
}
