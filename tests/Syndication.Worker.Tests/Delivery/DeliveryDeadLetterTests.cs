using System.Text.Json;
using Syndication.Storage;
using Syndication.Worker.Delivery;

namespace Syndication.Worker.Tests.Delivery;

public sealed class DeliveryDeadLetterTests
{
    private static readonly DateTimeOffset s_at = new(2026, 11, 26, 10, 15, 2, TimeSpan.FromHours(2));
    private static readonly OutboxEntry s_entry = new(57, "9aadec0767a7df4a0000000000000000", 42, OutboxKind.Corrected, s_at);

    [Fact]
    public void Json_ExhaustedDelivery_HasEveryFieldAndEachAttemptInUtc()
    {
        var story = DeliveryTestServices.Story(s_entry.ItemId, 42, OutboxKind.Corrected);
        var letter = new DeadDelivery("meo", DeliveryTransport.Kafka, s_entry, story, story.StoryId, DeadLetterReasons.RetriesExhausted, null,
        [
            new DeliveryAttempt(s_at, AttemptOutcome.Failed, 503, "Service Unavailable"),
            new DeliveryAttempt(s_at.AddSeconds(12), AttemptOutcome.TimedOut, null, "no answer in time"),
        ]);

        using var json = JsonDocument.Parse(DeliveryDeadLetter.Json(letter, s_at.AddMinutes(1)));

        json.RootElement.GetRawText().ShouldBe(
            """{"partner":"meo","transport":"kafka","itemId":"9aadec0767a7df4a0000000000000000","storyId":"fedcba9876543210fedcba9876543210","version":42,"kind":"corrected","outboxSequence":57,"format":"ninjs","idempotencyKey":"9aadec0767a7df4a0000000000000000:42","reason":"retries-exhausted","deadLetteredAt":"2026-11-26T08:16:02.0000000Z","attempts":[{"at":"2026-11-26T08:15:02.0000000Z","outcome":"failed","status":503,"error":"Service Unavailable"},{"at":"2026-11-26T08:15:14.0000000Z","outcome":"timeout","status":null,"error":"no answer in time"}]}""");
    }

    [Fact]
    public void Json_RenderFailed_SaysWhyWithNoAttemptsAndNoFormat()
    {
        var letter = new DeadDelivery("tmpl", DeliveryTransport.Webhook, s_entry, null, "fedcba9876543210fedcba9876543210", DeadLetterReasons.RenderFailed, "too many steps", []);

        using var json = JsonDocument.Parse(DeliveryDeadLetter.Json(letter, s_at));

        var root = json.RootElement;
        root.GetProperty("reason").GetString().ShouldBe("render-failed");
        root.GetProperty("detail").GetString().ShouldBe("too many steps");
        root.GetProperty("transport").GetString().ShouldBe("webhook");
        root.GetProperty("attempts").GetArrayLength().ShouldBe(0);
        root.TryGetProperty("format", out _).ShouldBeFalse();
        root.TryGetProperty("idempotencyKey", out _).ShouldBeFalse();
    }
}
