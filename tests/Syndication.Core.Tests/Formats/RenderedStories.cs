using System.Text;
using System.Text.Json.Nodes;
using Syndication.Core.Decoding;
using Syndication.Core.Feeds;
using Syndication.Core.Normalization;
using Syndication.Core.Stories;
using Syndication.Core.Versions;

namespace Syndication.Core.Tests.Formats;

/// <summary>
/// Stories for the XML renderers' tests, each as a published item: the seed, a story with every field
/// filled, and a sample of the real stories of every corpus format. Also the tools those tests share: temp
/// files for the validators, and a field-by-field comparison of two stories.
/// </summary>
internal static class RenderedStories
{
    public const string Publisher = "Desk & Co";

    public static readonly DateTimeOffset FirstStored = new(2026, 11, 25, 10, 0, 0, TimeSpan.FromHours(1));

    public static readonly DateTimeOffset LastStored = new(2026, 11, 25, 11, 30, 0, TimeSpan.FromHours(1));

    /// <summary>Every input format the decoders read, so the sample is known to hold one of each.</summary>
    public static readonly string[] CorpusFormats =
        ["plain", "nitf", "newsmlg2", "rss", "atom", "iptc7901", "anpa1312", "zczc", "reuters-sgml", "ninjs"];

    private static readonly Lazy<IReadOnlyList<(string File, Story Story)>> s_corpus = new(ReadCorpus);

    public static FeedEntry Entry(Story story) => new(ItemId.Of(story), story, FirstStored, LastStored);

    public static Story Seed() => StoryDecoder.Decode(SharedFiles.ReadBytes(SharedFiles.Seed)).Story!;

    /// <summary>
    /// The seed, the stories of every corpus file of the wire formats (superdesk and IPTC, up to five a
    /// file), the first five of three feeds and the first ten of a Reuters-21578 file: about a hundred
    /// stories, every input format.
    /// </summary>
    public static IReadOnlyList<(string File, Story Story)> Corpus => s_corpus.Value;

    /// <summary>A story with every field a story has, normalized as a decoder's would be.</summary>
    public static Story Full()
    {
        var result = StoryNormalizer.Normalize(new StoryDraft
        {
            Format = "ninjs",
            Headline = "Markets: Stocks rally & <b>slump</b> ]]> in \"one\" day",
            Kicker = "Money",
            Subheadline = "Traders & analysts <disagree>",
            Contributors =
            [
                new Contributor("Ann Author", ContributorRole.Author),
                new Contributor("Rae Porter", ContributorRole.Reporter),
                new Contributor("Wes Writer", ContributorRole.Writer),
                new Contributor("Ed Itor", ContributorRole.Editor),
            ],
            Dateline = "BEIRUT, June 1",
            Credit = "The Middle East Online",
            Rights = new StoryRights("The Middle East Online", "© 2026 Desk & Co", "No archiving <beyond> 30 days."),
            BodyHtml = """
                <p>First <em>emphasis</em> and <strong>strong</strong> with a <a href="https://example.com/a?b=1&amp;c=2">link</a>.<br>Next line.</p>
                <h2>Heading</h2><h3>Lower heading</h3>
                <ul><li>one</li><li>two <em>2</em></li></ul><ol><li>first</li></ol>
                <blockquote><p>Quoted once.</p><p>Quoted twice.</p></blockquote>
                <table><tr><th>Team</th><th>Score</th></tr><tr><td>A &amp; B</td><td>1</td></tr></table>
                <p>Last ]]&gt; &lt;p&gt; &amp; done.</p>
                """,
            Language = "en-GB",
            Provider = "Agence Example",
            SourceId = "urn:newsml:example.com:20261125:markets",
            Version = 3,
            SourceUri = "https://example.com/markets?id=1&x=2",
            Published = new DateTimeOffset(2026, 11, 25, 9, 30, 0, TimeSpan.FromHours(2)),
            Updated = new DateTimeOffset(2026, 11, 25, 10, 15, 30, 250, TimeSpan.FromHours(2)),
            Embargo = new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.FromHours(-5)),
            Urgency = 3,
            IsCorrection = true,
            Subjects =
            [
                new Subject("medtop:20000385", "stock market"),
                new Subject("subj:04000000", "economy, business and finance"),
                new Subject("subj:04006000", "market and exchange"),
                new Subject("subj:04006002", "stocks"),
                new Subject("MCC:OEC", null),
                new Subject(null, "Markets"),
                new Subject("http://cv.example.com/topics/markets", "Markets online"),
            ],
            Keywords = ["markets", "stocks & shares"],
            Places = [new Place("Beirut", "geo:276781"), new Place("Lebanon", "iso3166-1a2:LB"), new Place("The Gulf", null)],
        });
        return result.Story!;
    }

    /// <summary>The body as NITF carries it back: markup even for a plain body, one heading level, one kind of emphasis.</summary>
    public static string BodyThroughNitf(Story story)
    {
        var html = new StringBuilder(StoryHtml.Body(story))
            .Replace("<strong>", "<em>").Replace("</strong>", "</em>")
            .Replace("<h3>", "<h2>").Replace("</h3>", "</h2>")
            .Replace("<h4>", "<h2>").Replace("</h4>", "</h2>");
        return HtmlBody.Normalize(html.ToString()).Html;
    }

    /// <summary>Where the two stories differ, field by field ("headline: A => B"); empty when they are the same.</summary>
    public static IEnumerable<string> Differences(Story actual, Story expected)
    {
        var a = JsonNode.Parse(StoryJson.Serialize(actual))!.AsObject();
        var e = JsonNode.Parse(StoryJson.Serialize(expected))!.AsObject();
        foreach (var key in e.Select(p => p.Key).Union(a.Select(p => p.Key)))
        {
            var expectedValue = e[key]?.ToJsonString() ?? "null";
            var actualValue = a[key]?.ToJsonString() ?? "null";
            if (expectedValue != actualValue)
            {
                yield return $"{key}: expected {Shorten(expectedValue)}, read back {Shorten(actualValue)}";
            }
        }
    }

    /// <summary>Writes each document to a file in a new temp folder, for validators that read files; the caller deletes the folder.</summary>
    public static async Task<(string Folder, string[] Files)> WriteTempAsync(IReadOnlyList<byte[]> documents, string extension = ".xml")
    {
        var folder = Directory.CreateTempSubdirectory("syndication-render-").FullName;
        var files = new string[documents.Count];
        for (var i = 0; i < documents.Count; i++)
        {
            files[i] = Path.Combine(folder, $"{i:0000}{extension}");
            await File.WriteAllBytesAsync(files[i], documents[i], TestContext.Current.CancellationToken);
        }

        return (folder, files);
    }

    private static string Shorten(string value) => value.Length <= 240 ? value : value[..240] + "…";

    private static List<(string File, Story Story)> ReadCorpus()
    {
        var files = new List<(string File, int Take)> { (SharedFiles.Seed, 1) };
        foreach (var folder in new[] { "corpora/superdesk", "corpora/iptc" })
        {
            files.AddRange(SharedFiles.Files(folder, string.Empty).Where(file => !file.EndsWith(".md", StringComparison.Ordinal)).Select(file => (file, 5)));
        }

        files.Add(("corpora/feeds/Rss20NYTimes.xml", 5));
        files.Add(("corpora/feeds/AtomTheVerge.xml", 5));
        files.Add(("corpora/feeds/Rss20Spiegel.xml", 5));

        var stories = new List<(string File, Story Story)>();
        foreach (var (file, take) in files)
        {
            stories.AddRange(StoryDecoder.Decode(SharedFiles.ReadBytes(file)).Stories.Take(take).Select(story => (file, story)));
        }

        stories.AddRange(ReutersRecords("corpora/reuters21578/reut2-000.sgm").Take(10));
        return stories;
    }

    /// <summary>The stories of a Reuters-21578 file, one record at a time as <c>syndication import reuters</c> pushes them.</summary>
    private static IEnumerable<(string File, Story Story)> ReutersRecords(string file)
    {
        var text = SharedFiles.ReadBytes(file);
        for (var start = text.AsSpan().IndexOf("<REUTERS"u8); start >= 0;)
        {
            var length = text.AsSpan(start).IndexOf("</REUTERS>"u8) + "</REUTERS>".Length;
            foreach (var story in StoryDecoder.Decode(text.AsSpan(start, length)).Stories)
            {
                yield return (file, story);
            }

            var next = text.AsSpan(start + length).IndexOf("<REUTERS"u8);
            start = next < 0 ? -1 : start + length + next;
        }
    }
}
