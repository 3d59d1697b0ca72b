using System.Text;
using Confluent.Kafka;
using Microsoft.Extensions.Time.Testing;
using Syndication.Core.Stories;
using Syndication.Storage;
using Syndication.Storage.Sqlite;
using Syndication.Worker.Delivery;
using Syndication.Worker.Kafka;
using Syndication.Worker.Tests.Infrastructure;

namespace Syndication.Worker.Tests.Cli;

/// <summary>The built <c>syndication dlq</c> against an embedded broker with one partition per topic.</summary>
public sealed class DlqCommandTests : IDisposable
{
    private static readonly byte[] s_storyBytes = Encoding.UTF8.GetBytes("MANBIJ, Syria (Reuters) - Rebel fighters took the town.\n");
    private static readonly DateTimeOffset s_deadLetteredAt = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);

    private readonly EmbeddedKafkaBroker _broker = EmbeddedKafkaBroker.Start(KafkaTopics.Embedded, 1);
    private readonly IProducer<byte[]?, byte[]?> _producer;
    private readonly TemporaryDirectory _directory = new();

    public DlqCommandTests()
    {
        _producer = new ProducerBuilder<byte[]?, byte[]?>(KafkaClientConfig.Producer(_broker.BootstrapServers)).Build();
    }

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ListAndShow_StoryAndDeliveryDeadLetters_OneLineEachAndEverythingInOne()
    {
        await ProduceStoryDeadLetterAsync();
        await ProduceDeliveryDeadLetterAsync("item-1");

        var (listed, lines) = await RunAsync("list");
        listed.ShouldBe(0, lines);
        lines.ShouldContain("stories:0@0  ");
        lines.ShouldContain("reason=undecodable  source=wire.stories.raw:3@17  detail=\"no format matched\"");
        lines.ShouldContain("deliveries:0@0  2026-11-25T12:00:00.000Z  reason=rejected  partner=acme  transport=webhook  itemId=item-1  storyId=story-1  kind=new  attempts=2");

        var (filtered, only) = await RunAsync("list", "--partner", "acme", "--since", "2026-11-25T11:00:00Z", "--until", "2026-11-25T13:00:00Z");
        filtered.ShouldBe(0, only);
        only.ShouldNotContain("stories:");
        only.ShouldContain("deliveries:0@0");
        var (none, noLines) = await RunAsync("list", "--reason", "timeout");
        (none, noLines.Contains("@0", StringComparison.Ordinal)).ShouldBe((0, false), noLines);

        var (shown, story) = await RunAsync("show", "stories:0@0");
        shown.ShouldBe(0, story);
        story.ShouldContain("  syndication-stage: decode");
        story.ShouldContain("  x-origin: test");
        story.ShouldContain("MANBIJ, Syria (Reuters) - Rebel fighters took the town.");
        (await RunAsync("show", "deliveries:0@0")).Output.ShouldContain("\"error\": \"Gone\"");
        (await RunAsync("show", "deliveries:0@9")).ExitCode.ShouldBe(1);
    }

    [Fact]
    public async Task Replay_StoryDeadLetter_OriginalBytesAndHeadersOnTheRawTopic()
    {
        await ProduceStoryDeadLetterAsync();

        (await RunAsync("replay", "stories:0@0", "stories:0@1")).ExitCode.ShouldBe(1, "an unknown id replays nothing");
        var (exit, output) = await RunAsync("replay", "stories:0@0");

        exit.ShouldBe(0, output);
        output.ShouldContain("replayed stories:0@0 to wire.stories.raw:0@0");
        var raw = (await PartnerTopic.ReadUntilAsync(_broker.BootstrapServers, KafkaTopics.RawStories, messages => messages.Count == 1, TimeSpan.FromSeconds(20))).ShouldHaveSingleItem();
        raw.Message.Value.ShouldBe(s_storyBytes);
        raw.Message.Key.ShouldBe("key-1"u8.ToArray());
        raw.Message.Headers.Select(header => header.Key).ShouldBe(["x-origin"]);
    }

    [Fact]
    public async Task Replay_DeliveryDeadLetter_AppendsReplayedForItsPartnerInTheStore()
    {
        var storePath = _directory.File("s.db");
        string itemId;
        using (var store = SqliteStoryStore.Open(storePath, new FakeTimeProvider(s_deadLetteredAt), NearDuplicateSettings.Off))
        {
            var batch = new IngestBatch();
            batch.AddStory(new Story { Id = "story-1", Headline = "H", Paragraphs = ["Body."], WordCount = 1, Slug = "h", Format = "plain" }, new SourcePosition(KafkaTopics.RawStories, 0, 0), "cluster");
            store.Commit(batch);
            itemId = store.Find("story-1")!.ItemId;
        }

        await ProduceDeliveryDeadLetterAsync(itemId);

        var (exit, output) = await RunAsync("replay", "--all", "--topic", "deliveries", "--store", storePath);

        exit.ShouldBe(0, output);
        output.ShouldContain("replayed 1 of 1 dead letters");
        using var reopened = SqliteStoryStore.Open(storePath, TimeProvider.System, NearDuplicateSettings.Off);
        var entry = reopened.Outbox(1, 10).ShouldHaveSingleItem();
        (entry.ItemId, entry.Kind, entry.PartnerId).ShouldBe((itemId, OutboxKind.Replayed, "acme"));
    }

    public void Dispose()
    {
        _producer.Dispose();
        _broker.Dispose();
        _directory.Dispose();
    }

    private async Task<(int ExitCode, string Output)> RunAsync(params string[] arguments)
    {
        using var cli = ExternalProcess.Start("dotnet", [RepositoryPaths.CliDll, "dlq", .. arguments, "--bootstrap", _broker.BootstrapServers]);
        var exit = await cli.WaitForExitAsync(TimeSpan.FromMinutes(1));
        return (exit, cli.Output);
    }

    private async Task ProduceStoryDeadLetterAsync()
    {
        var headers = new Headers
        {
            { "x-origin", "test"u8.ToArray() },
            { DeadLetterHeaders.Reason, "undecodable"u8.ToArray() },
            { DeadLetterHeaders.Stage, "decode"u8.ToArray() },
            { DeadLetterHeaders.Detail, "no format matched"u8.ToArray() },
            { DeadLetterHeaders.SourceTopic, "wire.stories.raw"u8.ToArray() },
            { DeadLetterHeaders.SourcePartition, "3"u8.ToArray() },
            { DeadLetterHeaders.SourceOffset, "17"u8.ToArray() },
        };
        await _producer.ProduceAsync(KafkaTopics.DeadLetters, new Message<byte[]?, byte[]?> { Key = "key-1"u8.ToArray(), Value = s_storyBytes, Headers = headers }, Cancellation);
    }

    private async Task ProduceDeliveryDeadLetterAsync(string itemId)
    {
        var attempts = new[]
        {
            new DeliveryAttempt(s_deadLetteredAt.AddSeconds(-2), AttemptOutcome.Failed, 500, "Internal Server Error"),
            new DeliveryAttempt(s_deadLetteredAt.AddSeconds(-1), AttemptOutcome.Rejected, 410, "Gone"),
        };
        var letter = new DeadDelivery("acme", DeliveryTransport.Webhook, new OutboxEntry(1, itemId, 1, OutboxKind.New, s_deadLetteredAt), null, "story-1", "rejected", null, attempts);
        await new DeliveryDeadLetter(_producer, new FakeTimeProvider(s_deadLetteredAt)).PublishAsync(letter, Cancellation);
    }
}
