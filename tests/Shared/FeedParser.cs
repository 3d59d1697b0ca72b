using System.Text.Json;

namespace Syndication.Tests.Shared;

/// <summary>Debian's python3-feedparser, the reader many aggregators use, as a judge of our feeds.</summary>
internal static class FeedParser
{
    private const string Script = """
        import feedparser, json, sys
        d = feedparser.parse(sys.argv[1])
        def text(v):
            return v if isinstance(v, str) else None
        out = {
            "bozo": int(d.bozo),
            "bozo_exception": str(d.get("bozo_exception", "")),
            "version": d.version,
            "title": d.feed.get("title"),
            "links": [{"rel": l.get("rel"), "href": l.get("href"), "type": l.get("type")} for l in d.feed.get("links", [])],
            "entries": [{
                "id": e.get("id"),
                "title": e.get("title"),
                "summary": e.get("summary"),
                "content": (e.get("content") or [{}])[0].get("value"),
                "rights": e.get("rights") or e.get("dc_rights"),
                "contributors": [c.get("name") for c in e.get("contributors", [])],
                "authors": [a.get("name") for a in e.get("authors", [])],
                "published": e.get("published"),
                "updated": e.get("updated"),
                "language": e.get("language"),
                "tags": [{"term": t.get("term"), "scheme": t.get("scheme"), "label": t.get("label")} for t in e.get("tags", [])],
                "credits": [{"role": c.get("role"), "name": c.get("content")} for c in e.get("media_credit", [])],
            } for e in d.entries],
        }
        print(json.dumps(out))
        """;

    internal static async Task<JsonElement> ParseAsync(string file)
    {
        var (exitCode, output) = await ExternalTool.RunAsync("/usr/bin/python3", ["-c", Script, file]);
        exitCode.ShouldBe(0, output);
        return JsonDocument.Parse(output).RootElement.Clone();
    }
}
