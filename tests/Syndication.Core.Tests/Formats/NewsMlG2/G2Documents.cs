using System.Text;
using Syndication.Core.Decoding;

namespace Syndication.Core.Tests.Formats.NewsMlG2;

/// <summary>Small NewsML-G2 documents built in tests, for what no corpus file shows.</summary>
internal static class G2Documents
{
    public const string Namespace = "http://iptc.org/std/nar/2006-10-01/";

    /// <summary>A valid text newsItem; each argument replaces one part.</summary>
    public static string NewsItem(
        string guid = "urn:newsml:example.com:20240101:story",
        string itemMeta = "",
        string contentMeta = "",
        string? contentSet = null,
        bool root = true)
    {
        var xmlns = root ? $" xmlns=\"{Namespace}\"" : string.Empty;
        contentSet ??= """<inlineXML contenttype="application/xhtml+xml"><html xmlns="http://www.w3.org/1999/xhtml"><body><p>The body.</p></body></html></inlineXML>""";
        return $"""
            <newsItem{xmlns} guid="{guid}" version="2" standard="NewsML-G2" standardversion="2.35" conformance="power">
              <itemMeta>
                <itemClass qcode="ninat:text"/>
                <provider qcode="nprov:EXAMPLE"/>
                <versionCreated>2024-01-01T12:00:00+01:00</versionCreated>
                {itemMeta}
              </itemMeta>
              <contentMeta>
                {contentMeta}
                <headline>A headline</headline>
              </contentMeta>
              <contentSet>{contentSet}</contentSet>
            </newsItem>
            """;
    }

    /// <summary>A newsMessage around <paramref name="items"/>.</summary>
    public static string NewsMessage(params string[] items) =>
        $"""<newsMessage xmlns="{Namespace}"><header><sent>2024-01-01T12:00:00Z</sent></header><itemSet>{string.Concat(items)}</itemSet></newsMessage>""";

    public static DecodeResult Decode(string xml) => StoryDecoder.Decode(Encoding.UTF8.GetBytes(xml));
}
