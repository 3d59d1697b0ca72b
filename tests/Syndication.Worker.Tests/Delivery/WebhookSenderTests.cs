using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Time.Testing;
using Syndication.Core.Partners;
using Syndication.Storage;
using Syndication.Worker.Delivery;
using Syndication.Worker.Tests.Infrastructure;

namespace Syndication.Worker.Tests.Delivery;

/// <summary>The webhook request as a partner receives it over real HTTP, and how its answers are read.</summary>
public sealed class WebhookSenderTests
{
    private static readonly DateTimeOffset s_now = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);

    private readonly FakeTimeProvider _time = new(s_now);

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SendAsync_Story_PostsItsBodyWithTheIssuesHeadersAndAValidSignature()
    {
        await using var partner = await LoopbackPartner.StartAsync(PartnerAnswers.Healthy);
        var story = DeliveryTestServices.Story(itemId: "9aadec0767a7df4a0000000000000000", version: 42, kind: OutboxKind.Corrected);

        var result = await DeliveryTestServices.WebhookSender(_time).SendAsync(new WebhookTarget(partner.Url, LoopbackPartner.DefaultSecret), story, Cancellation);

        result.ShouldBe(SendResult.Delivered(200));
        var received = partner.Received.ShouldHaveSingleItem();
        received.Path.ShouldBe("/hooks/stories");
        received.Body.ShouldBe(story.Body);
        received.ContentType.ShouldBe("application/json");
        received.IdempotencyKey.ShouldBe("9aadec0767a7df4a0000000000000000:42");
        received.Timestamp.ShouldBe(s_now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture));
        received.SignatureValid.ShouldBeTrue();
        received.Kind.ShouldBe("corrected");
    }

    [Fact]
    public async Task SendAsync_WrongSecret_FailsTheReceiversCheck()
    {
        await using var partner = await LoopbackPartner.StartAsync(PartnerAnswers.Healthy);

        await DeliveryTestServices.WebhookSender(_time).SendAsync(new WebhookTarget(partner.Url, "not-the-partners-secret"), DeliveryTestServices.Story(), Cancellation);

        partner.Received.ShouldHaveSingleItem().SignatureValid.ShouldBeFalse("the check on the receiving side must be able to fail");
    }

    [Theory]
    [InlineData(200, AttemptOutcome.Delivered)]
    [InlineData(201, AttemptOutcome.Delivered)]
    [InlineData(204, AttemptOutcome.Delivered)]
    [InlineData(400, AttemptOutcome.Rejected)]
    [InlineData(401, AttemptOutcome.Rejected)]
    [InlineData(404, AttemptOutcome.Rejected)]
    [InlineData(410, AttemptOutcome.Rejected)]
    [InlineData(422, AttemptOutcome.Rejected)]
    [InlineData(408, AttemptOutcome.Failed)]
    [InlineData(429, AttemptOutcome.Failed)]
    [InlineData(500, AttemptOutcome.Failed)]
    [InlineData(503, AttemptOutcome.Failed)]
    [InlineData(301, AttemptOutcome.Failed)]
    public async Task SendAsync_Status_ReadAsTheIssueSays(int status, AttemptOutcome expected)
    {
        await using var partner = await LoopbackPartner.StartAsync(PartnerAnswers.Always(status));

        var result = await DeliveryTestServices.WebhookSender(_time).SendAsync(new WebhookTarget(partner.Url, LoopbackPartner.DefaultSecret), DeliveryTestServices.Story(), Cancellation);

        (result.Outcome, result.Status).ShouldBe((expected, status));
        partner.Received.Count.ShouldBe(1, "a redirect is not followed");
    }

    [Fact]
    public async Task SendAsync_RetryAfterAsADate_IsTheTimeUntilThen()
    {
        await using var partner = await LoopbackPartner.StartAsync((_, context) =>
        {
            context.Response.Headers.RetryAfter = s_now.AddSeconds(90).ToString("R", CultureInfo.InvariantCulture);
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return Task.CompletedTask;
        });

        var result = await DeliveryTestServices.WebhookSender(_time).SendAsync(new WebhookTarget(partner.Url, LoopbackPartner.DefaultSecret), DeliveryTestServices.Story(), Cancellation);

        result.ShouldBe(new SendResult(AttemptOutcome.Failed, 503, "Service Unavailable", TimeSpan.FromSeconds(90)));
    }

    [Fact]
    public async Task SendAsync_NothingListening_IsUnreachable()
    {
        var result = await DeliveryTestServices.WebhookSender(_time).SendAsync(
            new WebhookTarget(new Uri($"http://127.0.0.1:{FreePort.Next()}/hooks"), LoopbackPartner.DefaultSecret), DeliveryTestServices.Story(), Cancellation);

        result.Outcome.ShouldBe(AttemptOutcome.Unreachable);
        result.Error.ShouldNotBeNullOrEmpty();
    }
}
