using Microsoft.Extensions.Time.Testing;
using Syndication.Core.Stories;

namespace Syndication.Storage.Tests.Contract;

/// <summary>What every <see cref="IStoryStore"/> does; run against each store by a subclass.</summary>
public abstract class NearDuplicateStoreContract
{
    protected FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero));

    protected const string Topic = "wire.stories.raw";

    protected static readonly string[] s_body =
    [
        "Rebel fighters backed by the United States took control of the northern town of Manbij on Monday after a siege that lasted more than two months, a monitoring group and officials said.",
        "The fighters, most of them Kurds with Arab allies, entered the old market and raised their flag over the main square while civilians who had fled the fighting began to return to their homes.",
        "Islamic State militants had held the town since early 2014 and used it as a route for supplies and foreign fighters crossing the Turkish border, the officials told reporters in a statement.",
    ];

    [Fact]
    public void Commit_ReKeyedCopy_IsLinkedToTheFirstAndNotPublished()
    {
        using var store = Open();
        store.Commit(Batch(Original()));

        var outcome = store.Commit(Batch(ReKeyed()));

        outcome.NearDuplicates.ShouldBe(1);
        outcome.Stored.ShouldBe(1);
        var original = store.Find(Original().Id)!.ItemId;
        var copy = store.FindItem(store.Find(ReKeyed().Id)!.ItemId)!;
        copy.DuplicateOf.ShouldBe(original);
        store.Latest(50).Select(item => item.ItemId).ShouldBe([original]);
        store.Counts().NearDuplicates.ShouldBe(1);
    }

    [Fact]
    public void Commit_DifferentStory_IsItsOwnItem()
    {
        using var store = Open();
        store.Commit(Batch(Original()));

        var outcome = store.Commit(Batch(Other()));

        outcome.NearDuplicates.ShouldBe(0);
        store.Latest(50).Count.ShouldBe(2);
    }

    [Fact]
    public void Commit_CopyWithinTheSameBatch_IsFound()
    {
        using var store = Open();

        store.Commit(Batch(Original(), ReKeyed())).NearDuplicates.ShouldBe(1);

        store.Latest(50).ShouldHaveSingleItem().Current.Story.Id.ShouldBe(Original().Id);
    }

    [Fact]
    public void Commit_DropPolicyForTheCopysProvider_CountsItAndStoresNothing()
    {
        var settings = NearDuplicateSettings.Default with
        {
            ActionByProvider = new Dictionary<string, NearDuplicateAction> { ["Other Desk"] = NearDuplicateAction.Drop },
        };
        using var store = Open(settings);
        store.Commit(Batch(Original()));

        var outcome = store.Commit(Batch(ReKeyed()));

        outcome.ShouldBe(new BatchOutcome(0, 0, 0, 0, 1));
        store.Find(ReKeyed().Id).ShouldBeNull();
    }

    [Fact]
    public void Commit_PublishPolicy_PublishesTheCopyStillLinked()
    {
        using var store = Open(NearDuplicateSettings.Default with { Action = NearDuplicateAction.Publish });
        store.Commit(Batch(Original()));

        store.Commit(Batch(ReKeyed())).NearDuplicates.ShouldBe(1);

        store.Latest(50).Count.ShouldBe(2);
        store.FindItem(store.Find(ReKeyed().Id)!.ItemId)!.DuplicateOf.ShouldBe(store.Find(Original().Id)!.ItemId);
    }

    [Fact]
    public void Open_AfterRestart_RebuildsTheIndexFromTheStore()
    {
        using (var first = Open())
        {
            first.Commit(Batch(Original()));
        }

        using var store = Open();

        store.Commit(Batch(ReKeyed())).NearDuplicates.ShouldBe(1);
    }

    [Fact]
    public void Commit_CopyOfAStoryOlderThanTheWindow_IsItsOwnItem()
    {
        using var store = Open(NearDuplicateSettings.Default with { Window = TimeSpan.FromHours(1) });
        store.Commit(Batch(Original()));
        Time.Advance(TimeSpan.FromHours(2));

        store.Commit(Batch(ReKeyed())).NearDuplicates.ShouldBe(0);

        store.Latest(50).Count.ShouldBe(2);
    }

    [Fact]
    public void Commit_AfterTheWindowMovedOn_DeletesTheSignaturesThatLeftIt()
    {
        using var store = Open(NearDuplicateSettings.Default with { Window = TimeSpan.FromHours(1) });
        store.Commit(Batch(Original()));
        Time.Advance(TimeSpan.FromHours(2));

        store.Commit(Batch(Other()));

        SignatureCount().ShouldBe(1, "the original's signature left with the window; the other story's is kept");
    }

    [Fact]
    public void Open_Off_FindsNoNearDuplicates()
    {
        using var store = Open(NearDuplicateSettings.Off);
        store.Commit(Batch(Original()));

        store.Commit(Batch(ReKeyed())).NearDuplicates.ShouldBe(0);
    }

    protected static Story Original() => Story("original", "Rebels take Manbij", "Reuters", s_body);

    /// <summary>The same copy re-keyed by another desk: a dateline, a word changed, a sentence dropped, quotes changed.</summary>
    protected static Story ReKeyed() => Story("rekeyed", "U.S.-backed rebels capture Manbij", "Other Desk",
    [
        "MANBIJ, Syria - " + s_body[0].Replace("more than two months", "over two months", StringComparison.Ordinal),
        s_body[1].Replace(" while civilians who had fled the fighting began to return to their homes", "", StringComparison.Ordinal),
        s_body[2],
    ]);

    protected static Story Other() => Story("other", "Markets rally", "Reuters",
    [
        "Stocks rose for a third day on Monday as investors bet that central banks would keep interest rates low for longer, lifting shares of banks and carmakers across Europe and Asia.",
        "The dollar slipped against the yen and gold held near a one-month high, while oil prices fell after a report showed that American crude stocks had risen more than analysts expected.",
    ]);

    protected static Story Story(string id, string headline, string credit, string[] paragraphs) => new()
    {
        Id = id,
        Headline = headline,
        Credit = credit,
        Paragraphs = paragraphs,
        Slug = headline.ToLowerInvariant().Replace(' ', '-'),
        Format = "plain",
    };

    protected static IngestBatch Batch(params Story[] stories)
    {
        var batch = new IngestBatch();
        var offset = 0;
        foreach (var story in stories)
        {
            batch.AddStory(story, new SourcePosition(Topic, 0, offset++), "cluster-1");
        }

        return batch;
    }

    private long SignatureCount() => Scalar("SELECT COALESCE(SUM(count), 0) FROM signature_batches");

    /// <summary>Opens (again) the store under test, or another one of its own when <paramref name="name"/> differs.</summary>
    protected abstract IStoryStore Open(NearDuplicateSettings? nearDuplicates = null, string name = "syndication");

    /// <summary>Runs a query on the store's database (the tables are named alike in every store) and returns its first value.</summary>
    protected abstract long Scalar(string sql);
}
