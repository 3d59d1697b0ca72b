using System.Text;
using Syndication.Worker.Kafka;
using Syndication.Worker.Tests.Http;
using Syndication.Worker.Tests.Infrastructure;

namespace Syndication.Worker.Tests.Kafka;

public sealed class DeadLetterTests
{
    // Implementation note: the embedded broker keeps only the newest ~5 MB of a partition, so a story over
    // the default 5 MB cap would push itself (and its neighbours) out before anyone read it. The cap is
    // lowered to 1 MB here to exercise the too-large path on that broker.
    private const int CapBytes = 1024 * 1024;

    [Fact]
    public async Task BadInputs_FromOutsideProducer_LandInDeadLetterTopicWithReasons()
    {
        using var directory = new TemporaryDirectory();
        using var worker = await WorkerProcess.StartAsync(directory.File("syndication.db"), null, $"--Ingest:MaxStoryBytes={CapBytes}");
        var bootstrap = (await worker.StatusAsync()).GetProperty("kafka").GetProperty("bootstrapServers").GetString()!;
        var cases = new Dictionary<string, byte[]>
        {
            ["binary"] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x01, 0x00],
            ["invalid-encoding"] = [.. "Headline\n\nBody with a broken byte "u8, 0x81, 0x8D, 0xC3, 0x28, .. " here.\n"u8],
            ["no-headline"] = Encoding.UTF8.GetBytes(new string('x', 400) + "\n\nA paragraph.\n"),
            ["too-large"] = Encoding.UTF8.GetBytes("Headline\n\n" + new string('a', CapBytes)),
        };
        foreach (var (name, bytes) in cases)
        {
            await File.WriteAllBytesAsync(directory.File("in-" + name), bytes, TestContext.Current.CancellationToken);
        }

        var before = await worker.StatusAsync();
        var kcat = await ExternalTool.RunAsync("kcat",
            ["-P", "-b", bootstrap, "-t", KafkaTopics.RawStories, "-X", "message.max.bytes=8388608", .. cases.Keys.Select(name => directory.File("in-" + name))]);
        kcat.ExitCode.ShouldBe(0, kcat.Output);

        // kcat skips empty files; an empty message comes from a client that can send one.
        await RawTopic.ProduceAsync(bootstrap, [[]]);
        cases["empty"] = [];

        // The worker keeps going: a good story after the bad ones is stored.
        await FeedEndpointsTests.Ingest(worker, TestStories.Plain("after-bad", 1));
        var after = await worker.WaitForStatusAsync(
            s => WorkerProcess.Stories(s, "rejected") >= WorkerProcess.Stories(before, "rejected") + cases.Count
                && WorkerProcess.Stories(s, "stored") > WorkerProcess.Stories(before, "stored"),
            TimeSpan.FromSeconds(60));
        var byReason = after.GetProperty("stories").GetProperty("rejectedByReason");
        foreach (var reason in cases.Keys)
        {
            byReason.GetProperty(reason).GetInt64().ShouldBeGreaterThanOrEqualTo(1);
        }

        var letters = RawTopic.ReadAll(bootstrap, KafkaTopics.DeadLetters, cases.Count, TimeSpan.FromSeconds(60));
        foreach (var (reason, bytes) in cases)
        {
            var letter = letters.SingleOrDefault(m => Header(m, DeadLetterHeaders.Reason) == reason)
                .ShouldNotBeNull($"no dead letter for {reason}; found {string.Join(", ", letters.Select(m => Header(m, DeadLetterHeaders.Reason)))}");
            (letter.Message.Value ?? []).ShouldBe(bytes, $"{reason}: the original bytes");
            Header(letter, DeadLetterHeaders.Stage).ShouldNotBeNullOrEmpty();
            Header(letter, DeadLetterHeaders.Detail).ShouldNotBeNullOrEmpty();
            Header(letter, DeadLetterHeaders.SourceTopic).ShouldBe(KafkaTopics.RawStories);
            long.Parse(Header(letter, DeadLetterHeaders.SourceOffset)!, System.Globalization.CultureInfo.InvariantCulture).ShouldBeGreaterThanOrEqualTo(0);
            int.Parse(Header(letter, DeadLetterHeaders.SourcePartition)!, System.Globalization.CultureInfo.InvariantCulture).ShouldBeInRange(0, KafkaTopics.EmbeddedPartitions - 1);
        }

        worker.Output.ShouldContain("\"Reason\":\"invalid-encoding\"");
    }

    private static string? Header(Confluent.Kafka.ConsumeResult<byte[]?, byte[]?> message, string name) =>
        message.Message.Headers.TryGetLastBytes(name, out var value) ? Encoding.UTF8.GetString(value) : null;
}
