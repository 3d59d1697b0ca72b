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

        if (input[0] is not (byte)'<' || !TryReadRootName(input, out var name))
        {
            return WireFormat.PlainCopy;
        }

        root = name;
        return LocalName(name) switch
        {
            "nitf" => WireFormat.Nitf,
            "newsItem" or "packageItem" or "newsMessage" => WireFormat.NewsMlG2,
            "rss" or "RDF" or "feed" or "entry" => WireFormat.Feed,
            "REUTERS" => WireFormat.ReutersSgml,
            _ => WireFormat.UnknownMarkup,
        };
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
    private static bool TryReadRootName(ReadOnlySpan<byte> input, out string name)
    {
        name = string.Empty;
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
            return true;
        }

        return false;
    }
}
