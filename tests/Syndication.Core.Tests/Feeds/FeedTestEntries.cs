using Syndication.Core.Feeds;
using Syndication.Core.Stories;

namespace Syndication.Core.Tests.Feeds;

internal static class FeedTestEntries
{
    internal static readonly FeedDescription Description =
        new("urn:syndication:feed:latest", "Desk: latest", new Uri("http://127.0.0.1:8080/"), "Desk & Co");

    /// <summary>A page of a paged feed: RFC 5005 self and next links.</summary>
    internal static readonly FeedDescription Paged = Description with
    {
        Self = new Uri("http://127.0.0.1:8080/feeds/latest?page=2"),
        Next = new Uri("http://127.0.0.1:8080/feeds/latest?page=3"),
    };

    /// <summary>A partner feed distributed by a WebSub hub: self is the topic, and the hub is named.</summary>
    internal static readonly FeedDescription WithHub = Description with
    {
        Self = new Uri("http://127.0.0.1:8080/partners/meo/feeds/all"),
        Hub = new Uri("http://127.0.0.1:8080/websub"),
    };

    /// <summary>A story with something for every extension: roles, subjects coded three ways, keywords, language, copyright.</summary>
    internal static FeedEntry Described() => Hostile() with
    {
        Story = Hostile().Story with
        {
            Contributors =
            [
                new Contributor("Ann <b>Writer</b>", ContributorRole.Author),
                new Contributor("Rob Reporter", ContributorRole.Reporter),
                new Contributor("Ed Itor", ContributorRole.Editor),
            ],
            Subjects =
            [
                new Subject("medtop:04000000", "economy, business & finance"),
                new Subject("subj:15000000", null),
                new Subject("http://example.com/topics/sport", "Sport"),
                new Subject("xyz:1", "Other"),
            ],
            Keywords = ["oil", "opec, vienna", "oil"],
            Language = "en-GB",
        },
    };

    internal static FeedEntry Hostile() => new(
        "fedcba9876543210fedcba9876543210",
        new Story
        {
            Id = "0123456789abcdef0123456789abcdef",
            Headline = "Markets & <script>alert(1)</script> \"rally\"",
            Contributors = [new Contributor("Ann <b>Writer</b>", ContributorRole.Author), new Contributor("Ed Itor", ContributorRole.Editor)],
            Rights = new StoryRights("Partner & Sons", "© 2026 Desk", null),
            Paragraphs = ["First <p>paragraph</p> & more.", "Second ]]> paragraph."],
            WordCount = 6,
            Slug = "markets",
            Format = "plain",
        },
        new DateTimeOffset(2026, 11, 25, 10, 0, 0, TimeSpan.Zero),
        new DateTimeOffset(2026, 11, 25, 11, 0, 0, TimeSpan.Zero));
}
