namespace Syndication.Core.Decoding;

/// <summary>Tells an input's format from its first bytes, never from a file name.</summary>
internal static class WireFormatSniffer
{
    private const byte StartOfHeading = 0x01;
    private const byte SynchronousIdle = 0x16;

    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    public static WireFormat Detect(ReadOnlySpan<byte> input, out string? root)
    {
        root = null;
        if (input.StartsWith(Utf8Bom))
        {
            input = input[Utf8Bom.Length..];
        }

        var start = input.IndexOfAnyExcept(" \t\r\n\f\v"u8);
        if (start < 0)
        {
            return WireFormat.PlainCopy;
        }

        input = input[start..];
        if (input[0] is StartOfHeading or SynchronousIdle || input.StartsWith("ZCZC"u8))
        {
            return WireFormat.Iptc7901;
        }

        if (input[0] is (byte)'{' || IsArrayOfObjects(input))
        {
            return WireFormat.Ninjs;
        }

        if (input[0] is not (byte)'<' || !TryReadRootName(input, out var name, out var nameAt))
        {
            return WireFormat.PlainCopy;
        }

        var format = LocalName(name) switch
        {
            "nitf" => WireFormat.Nitf,
            "newsItem" or "packageItem" or "newsMessage" => WireFormat.NewsMlG2,
            "rss" or "RDF" or "feed" or "entry" => WireFormat.Feed,
            "REUTERS" => WireFormat.ReutersSgml,
            _ when nameAt > 1 || IsElement(input[nameAt..], name.Length) => WireFormat.UnknownMarkup,
            _ => WireFormat.PlainCopy,
        };
        root = format == WireFormat.PlainCopy ? null : name;
        return format;
    }

    /// <summary>
    /// Whether a root of no format read here is an element: closed by itself, or by its end tag somewhere
    /// after it. <paramref name="root"/> starts at the root's name, <paramref name="nameLength"/> bytes long.
    /// </summary>
    /// <remarks>
    /// Implementation note: wire copy may start with a company's name or ticker in angle brackets, as
    /// Reuters writes them ("&lt;CINRAM&gt; SEES 1987 NET UP", 31 of the 925 stories of Reuters-21578's
    /// first file): that is a headline, not a document. A document in another vocabulary closes its root,
    /// so it is still refused as one, as is anything with an XML declaration, a comment or a DOCTYPE before
    /// its root; only a bare start tag never closed is read as plain copy.
    /// </remarks>
    private static bool IsElement(ReadOnlySpan<byte> root, int nameLength)
    {
        var startTagEnd = root.IndexOf((byte)'>');
        if (startTagEnd > 0 && root[startTagEnd - 1] == (byte)'/')
        {
            return true;
        }

        // At most 100 bytes (TryReadRootName).
        Span<byte> endTag = stackalloc byte[nameLength + 2];
        endTag[0] = (byte)'<';
        endTag[1] = (byte)'/';
        root[..nameLength].CopyTo(endTag[2..]);
        return root.IndexOf(endTag) >= 0;
    }

    /// <summary>A JSON list of objects ("[ {"), as ninjs collections are; a plain line may start with "[" too.</summary>
    private static bool IsArrayOfObjects(ReadOnlySpan<byte> input)
    {
        if (input[0] is not (byte)'[')
        {
            return false;
        }

        var next = input[1..].IndexOfAnyExcept(" \t\r\n"u8);
        return next >= 0 && input[1 + next] is (byte)'{';
    }

    private static string LocalName(string name) => name[(name.IndexOf(':', StringComparison.Ordinal) + 1)..];

    /// <summary>Reads the first element's name past the XML declaration, comments, processing instructions and DOCTYPE.</summary>
    private static bool TryReadRootName(ReadOnlySpan<byte> input, out string name, out int nameAt)
    {
        name = string.Empty;
        nameAt = 0;
        var at = 0;
        while (at < input.Length)
        {
            var open = input[at..].IndexOf((byte)'<');
            if (open < 0 || at + open + 1 >= input.Length)
            {
                return false;
            }

            at += open + 1;
            if (input[at..].StartsWith("!--"u8))
            {
                var close = input[at..].IndexOf("-->"u8);
                if (close < 0)
                {
                    return false;
                }

                at += close + 3;
                continue;
            }

            if (input[at] is (byte)'?' or (byte)'!')
            {
                continue;
            }

            if (!char.IsAsciiLetter((char)input[at]) && input[at] != (byte)'_')
            {
                return false;
            }

            var end = input[at..].IndexOfAny(" \t\r\n/>"u8);
            var length = end < 0 ? input.Length - at : end;
            if (length == 0 || length > 100)
            {
                return false;
            }

            name = System.Text.Encoding.ASCII.GetString(input.Slice(at, length));
            nameAt = at;
            return true;
        }

        return false;
    }
}
