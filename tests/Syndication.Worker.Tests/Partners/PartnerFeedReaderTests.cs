using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;
using Syndication.Core.Formats.Templates;
using Syndication.Core.Partners;
using Syndication.Core.Partners.PartnersFile;
using Syndication.Core.Stories;
using Syndication.Storage;
using Syndication.Storage.Sqlite;
using Syndication.Worker.Partners;
using Syndication.Worker.Tests.Infrastructure;

namespace Syndication.Worker.Tests.Partners;

/// <summary>A partner's feed page read from a real SQLite store, with the clock in the test's hands.</summary>
public sealed class PartnerFeedReaderTests : IDisposable
{
    private const string PartnersJson = """
        { "partners": [
            { "id": "meo", "name": "The Middle East Online", "knownAs": ["The Middle East Online"], "storyFormat": "nitf",
              "feeds": [ { "name": "all", "format": "atom" }, { "name": "markets", "format": "rss", "filter": { "keywords": ["markets"] } } ] },
            { "id": "acme", "name": "Acme News", "knownAs": ["Acme News"], "storyFormat": "ninjs",
              "feeds": [ { "name": "all", "format": "atom" } ] } ] }
        """;

    private static readonly DateTimeOffset s_start = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);
    private static readonly IReadOnlyDictionary<string, IReadOnlySet<string>> s_noRoutes = new Dictionary<string, IReadOnlySet<string>>();

    private readonly TemporaryDirectory _directory = new();
    private readonly FakeTimeProvider _time = new(s_start);
    private readonly SqliteStoryStore _store;
    private readonly PartnerFeedReader _reader;
    private readonly PartnersInForce _partners;
    private long _offset;

    public PartnerFeedReaderTests()
    {
        _store = SqliteStoryStore.Open(_directory.File("s.db"), _time, NearDuplicateSettings.Off);
        _reader = new PartnerFeedReader(_store, _time);
        var directory = PartnersFileParser.Parse(PartnersJson).Directory!;
        _partners = new PartnersInForce(directory, new RightsRouting(directory, "Syndication Wire"), new Dictionary<string, StoryTemplate>(), 1);
    }

    private Partner Meo => _partners.Directory.Find("meo")!;

    private Partner Acme => _partners.Directory.Find("acme")!;

    [Fact]
    public void Read_EmbargoedStory_IsHiddenUntilItsInstantThenShownAndSaysWhenThePageChanges()
    {
        var lifts = s_start.AddMinutes(30);
        Store(Story("embargoed") with { Embargo = StoryTime.From(lifts.ToOffset(TimeSpan.FromHours(2))) });

        var before = _reader.Read(_partners, Acme, Acme.Feeds[0].Filter, s_noRoutes, null);
        before.Items.ShouldBeEmpty();
        before.ChangesAt.ShouldBe(lifts);

        _time.Advance(TimeSpan.FromMinutes(30) - TimeSpan.FromMilliseconds(1));
        _reader.Read(_partners, Acme, Acme.Feeds[0].Filter, s_noRoutes, null).Items.ShouldBeEmpty("a millisecond early is early");

        _time.Advance(TimeSpan.FromMilliseconds(1));
        var after = _reader.Read(_partners, Acme, Acme.Feeds[0].Filter, s_noRoutes, null);
        after.Items.Select(item => item.Current.Story.Id).ShouldBe(["embargoed"]);
        after.ChangesAt.ShouldBeNull();
    }

    [Fact]
    public void Read_KilledStory_LeavesTheFeedAndLeavesATombstoneOnlyForThoseWhoCouldSeeIt()
    {
        Store(Story("exclusive-v1", exclusiveTo: "The Middle East Online") with { SourceId = "urn:test:x", Provider = "Test", Version = 1 });
        _reader.Read(_partners, Meo, Meo.Feeds[0].Filter, s_noRoutes, null).Items.ShouldHaveSingleItem();

        _time.Advance(TimeSpan.FromMinutes(5));
        Store(Story("exclusive-v2", exclusiveTo: "The Middle East Online") with { SourceId = "urn:test:x", Provider = "Test", Version = 2, PubStatus = PubStatus.Canceled });

        _reader.Read(_partners, Meo, Meo.Feeds[0].Filter, s_noRoutes, null).Items.ShouldBeEmpty();
        _reader.Tombstones(_partners, Meo, s_start).ShouldHaveSingleItem().KilledAt.ShouldBe(s_start.AddMinutes(5));
        _reader.Tombstones(_partners, Acme, s_start).ShouldBeEmpty("acme never saw meo's exclusive, so its kill is none of acme's business");
    }

    [Fact]
    public void Read_HeldStory_ReachesOnlyThePartnersItIsRoutedTo()
    {
        Store(Story("held", exclusiveTo: "Nobody Daily"));
        var itemId = _store.Latest(1)[0].ItemId;

        _reader.Read(_partners, Acme, Acme.Feeds[0].Filter, s_noRoutes, null).Items.ShouldBeEmpty();
        var routes = new Dictionary<string, IReadOnlySet<string>> { [itemId] = new HashSet<string> { "acme" } };
        _reader.Read(_partners, Acme, Acme.Feeds[0].Filter, routes, null).Items.ShouldHaveSingleItem();
        _reader.Read(_partners, Meo, Meo.Feeds[0].Filter, routes, null).Items.ShouldBeEmpty();
    }

    [Fact]
    public void Read_ManyStories_PagesByCursorWithoutGapsOrRepeats()
    {
        for (var i = 0; i < PartnerFeedReader.PageSize + 7; i++)
        {
            Store(Story($"s{i}"));
        }

        var first = _reader.Read(_partners, Acme, Acme.Feeds[0].Filter, s_noRoutes, null);
        var second = _reader.Read(_partners, Acme, Acme.Feeds[0].Filter, s_noRoutes, first.Next);

        first.Items.Count.ShouldBe(PartnerFeedReader.PageSize);
        second.Items.Count.ShouldBe(7);
        second.Next.ShouldBeNull();
        first.Items.Concat(second.Items).Select(item => item.ItemId).ShouldBeUnique();
    }

    [Fact]
    public void Read_FeedFilter_TakesOnlyWhatItMatches()
    {
        Store(Story("markets") with { Keywords = ["Markets"] });
        Store(Story("sport") with { Keywords = ["football"] });

        _reader.Read(_partners, Meo, Meo.Feeds[1].Filter, s_noRoutes, null).Items.Select(item => item.Current.Story.Id).ShouldBe(["markets"]);
    }

    public void Dispose()
    {
        _store.Dispose();
        SqliteConnection.ClearAllPools();
        _directory.Dispose();
    }

    private void Store(Story story)
    {
        var batch = new IngestBatch();
        batch.AddStory(story, new SourcePosition("wire.stories.raw", 0, _offset++), "cluster");
        _store.Commit(batch);
    }

    private static Story Story(string id, string? exclusiveTo = null) => new()
    {
        Id = id,
        Headline = $"Headline {id}",
        Rights = new StoryRights(exclusiveTo, null, null),
        Paragraphs = [$"Body of {id}."],
        WordCount = 3,
        Slug = $"headline-{id}",
        Format = "plain",
    };
}
