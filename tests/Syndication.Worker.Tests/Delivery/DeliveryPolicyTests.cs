using Microsoft.Extensions.Time.Testing;
using Polly.CircuitBreaker;
using Syndication.Core.Partners;
using Syndication.Worker.Delivery;
using Syndication.Worker.Tests.Infrastructure;

namespace Syndication.Worker.Tests.Delivery;

/// <summary>
/// A partner's retry policy against a real partner over loopback HTTP (the worker's own WebhookSender), failing
/// in each way the issue lists, with the policy's waits on a fake clock.
/// </summary>
public sealed class DeliveryPolicyTests
{
    private static readonly TimeSpan s_step = TimeSpan.FromMilliseconds(50);

    // Attempts 4, waits from 1 s up to 4 s, 2 s per attempt, a minute in all.
    private static readonly RetryPolicy s_policy = new(4, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(4), TimeSpan.FromSeconds(2), TimeSpan.FromMinutes(1), BreakerPolicy.Default);

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task DeliverAsync_HealthyPartner_DeliversOnTheFirstAttempt()
    {
        await using var partner = await LoopbackPartner.StartAsync(PartnerAnswers.Healthy);

        var report = await DeliverAsync(new DeliveryPolicy(s_policy, _time), partner.Url);

        report.Verdict.ShouldBe(DeliveryVerdict.Delivered);
        report.Attempts.ShouldHaveSingleItem().ShouldBe(new DeliveryAttempt(report.Attempts[0].At, AttemptOutcome.Delivered, 200, null));
        partner.Received.ShouldHaveSingleItem().SignatureValid.ShouldBeTrue();
    }

    [Fact]
    public async Task DeliverAsync_500sThen200_RetriesWithGrowingWaitsUntilDelivered()
    {
        await using var partner = await LoopbackPartner.StartAsync(PartnerAnswers.FailFirst(3));

        var report = await DeliverAsync(new DeliveryPolicy(s_policy, _time), partner.Url);

        report.Verdict.ShouldBe(DeliveryVerdict.Delivered);
        report.Attempts.Select(attempt => (attempt.Outcome, attempt.Status)).ShouldBe(
            [(AttemptOutcome.Failed, 500), (AttemptOutcome.Failed, 500), (AttemptOutcome.Failed, 500), (AttemptOutcome.Delivered, 200)]);
        partner.Received.Count.ShouldBe(4);
        partner.Received.Select(push => push.IdempotencyKey).Distinct().ShouldHaveSingleItem("every attempt carries the same key");
        foreach (var gap in Gaps(report))
        {
            gap.ShouldBeGreaterThan(TimeSpan.Zero);
            gap.ShouldBeLessThanOrEqualTo(s_policy.MaxDelay + (3 * s_step), "no wait is longer than maxDelay");
        }
    }

    [Fact]
    public async Task DeliverAsync_AlwaysFailing_StopsAfterTheAttemptsAllowed()
    {
        await using var partner = await LoopbackPartner.StartAsync(PartnerAnswers.Always(503));

        var report = await DeliverAsync(new DeliveryPolicy(s_policy, _time), partner.Url);

        report.Verdict.ShouldBe(DeliveryVerdict.RetriesExhausted);
        report.Reason.ShouldBe("retries-exhausted");
        report.Attempts.Count.ShouldBe(4);
        partner.Received.Count.ShouldBe(4);
    }

    [Fact]
    public async Task DeliverAsync_429WithRetryAfter_WaitsAsLongAsAskedEvenBeyondMaxDelay()
    {
        await using var partner = await LoopbackPartner.StartAsync(PartnerAnswers.TooManyRequests(retryAfterSeconds: 7));

        var report = await DeliverAsync(new DeliveryPolicy(s_policy, _time), partner.Url);

        report.Verdict.ShouldBe(DeliveryVerdict.Delivered);
        report.Attempts.Select(attempt => attempt.Status).ShouldBe([429, 200]);
        var gap = Gaps(report).ShouldHaveSingleItem();
        gap.ShouldBeGreaterThanOrEqualTo(TimeSpan.FromSeconds(7));
        gap.ShouldBeLessThanOrEqualTo(TimeSpan.FromSeconds(7) + (3 * s_step));
    }

    [Fact]
    public async Task DeliverAsync_PartnerThatNeverAnswers_TimesOutEachAttempt()
    {
        await using var partner = await LoopbackPartner.StartAsync(PartnerAnswers.Never);
        var driver = new FakeClockDriver(_time, s_step) { AdvanceDuringRequests = true };

        var report = await DeliverAsync(new DeliveryPolicy(s_policy, _time), partner.Url, driver);

        report.Verdict.ShouldBe(DeliveryVerdict.RetriesExhausted);
        report.Attempts.Select(attempt => attempt.Outcome).ShouldAllBe(outcome => outcome == AttemptOutcome.TimedOut);
        report.Attempts.Count.ShouldBe(4);
        foreach (var gap in Gaps(report))
        {
            gap.ShouldBeGreaterThanOrEqualTo(s_policy.Timeout, "each attempt waited its full timeout");
            gap.ShouldBeLessThanOrEqualTo(s_policy.Timeout + s_policy.MaxDelay + (3 * s_step));
        }

        await partner.WaitAsync(received => received.Count == 4, TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task DeliverAsync_Gone_IsRejectedAtOnceWithOneAttempt()
    {
        await using var partner = await LoopbackPartner.StartAsync(PartnerAnswers.Always(410));

        var report = await DeliverAsync(new DeliveryPolicy(s_policy, _time), partner.Url);

        report.Verdict.ShouldBe(DeliveryVerdict.Rejected);
        report.Reason.ShouldBe("rejected");
        report.Attempts.ShouldHaveSingleItem().Status.ShouldBe(410);
        partner.Received.Count.ShouldBe(1);
    }

    [Fact]
    public async Task DeliverAsync_ConnectionRefused_RetriedAsUnreachable()
    {
        var nobody = new Uri($"http://127.0.0.1:{FreePort.Next()}/hooks");

        var report = await DeliverAsync(new DeliveryPolicy(s_policy, _time), nobody);

        report.Verdict.ShouldBe(DeliveryVerdict.RetriesExhausted);
        report.Attempts.Count.ShouldBe(4);
        report.Attempts.ShouldAllBe(attempt => attempt.Outcome == AttemptOutcome.Unreachable && attempt.Status == null && attempt.Error != null);
    }

    [Fact]
    public async Task DeliverAsync_GiveUpAfterPasses_EndsBeforeTheAttemptsAreSpent()
    {
        await using var partner = await LoopbackPartner.StartAsync(PartnerAnswers.Always(500));
        var policy = s_policy with { Attempts = 50, GiveUpAfter = TimeSpan.FromSeconds(10) };
        var started = _time.GetUtcNow();

        var report = await DeliverAsync(new DeliveryPolicy(policy, _time), partner.Url);

        report.Verdict.ShouldBe(DeliveryVerdict.GaveUp);
        report.Reason.ShouldBe("gave-up");
        report.Attempts.Count.ShouldBeInRange(3, 10);
        report.Attempts[^1].At.ShouldBeLessThanOrEqualTo(started + TimeSpan.FromSeconds(10));
        (_time.GetUtcNow() - started).ShouldBeLessThan(TimeSpan.FromSeconds(10) + (3 * s_step));
    }

    [Fact]
    public async Task DeliverAsync_DeliveriesKeepFailing_BreakerOpensRefusesWithoutARequestThenHalfOpens()
    {
        await using var partner = await LoopbackPartner.StartAsync(PartnerAnswers.InTurn(PartnerAnswers.Always(401), PartnerAnswers.Always(401), PartnerAnswers.Healthy));
        var breaker = new BreakerPolicy(0.5, 2, TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(20));
        var policy = new DeliveryPolicy(s_policy with { Attempts = 1, Breaker = breaker }, _time);

        (await DeliverAsync(policy, partner.Url)).Verdict.ShouldBe(DeliveryVerdict.Rejected);
        (await DeliverAsync(policy, partner.Url)).Verdict.ShouldBe(DeliveryVerdict.Rejected);
        policy.Circuit.ShouldBe(CircuitState.Open);

        var refused = await policy.DeliverAsync(_ => throw new InvalidOperationException("no attempt while the circuit is open"), null, CancellationToken.None);
        refused.Verdict.ShouldBe(DeliveryVerdict.CircuitOpen);
        refused.Attempts.ShouldBeEmpty();
        refused.RetryAfter!.Value.ShouldBeInRange(TimeSpan.FromSeconds(19), TimeSpan.FromSeconds(20));
        partner.Received.Count.ShouldBe(2);

        _time.Advance(TimeSpan.FromSeconds(20));
        (await DeliverAsync(policy, partner.Url)).Verdict.ShouldBe(DeliveryVerdict.Delivered);
        policy.Circuit.ShouldBe(CircuitState.Closed);
    }

    [Fact]
    public async Task DeliverAsync_SlowBody_DeliveredWithoutWaitingForIt()
    {
        await using var partner = await LoopbackPartner.StartAsync(PartnerAnswers.SlowBody);
        var driver = new FakeClockDriver(_time, s_step) { AdvanceDuringRequests = true };

        var report = await DeliverAsync(new DeliveryPolicy(s_policy, _time), partner.Url, driver);

        report.Verdict.ShouldBe(DeliveryVerdict.Delivered);
        report.Attempts.ShouldHaveSingleItem().Outcome.ShouldBe(AttemptOutcome.Delivered);
    }

    [Fact]
    public async Task DeliverAsync_Observer_ToldOfEachAttemptAsItEnds()
    {
        await using var partner = await LoopbackPartner.StartAsync(PartnerAnswers.FailFirst(1, 502));
        var observed = new List<DeliveryAttempt>();
        var sender = DeliveryTestServices.WebhookSender(_time);
        var target = new WebhookTarget(partner.Url, LoopbackPartner.DefaultSecret);
        var driver = new FakeClockDriver(_time, s_step);

        var report = await driver.RunAsync(new DeliveryPolicy(s_policy, _time).DeliverAsync(
            token => driver.TrackAsync(() => sender.SendAsync(target, DeliveryTestServices.Story(), token)), observed.Add, CancellationToken.None));

        observed.ShouldBe(report.Attempts);
        observed.Select(attempt => attempt.Describe()).ShouldBe(["HTTP 502 Bad Gateway", "HTTP 200"]);
    }

    [Theory]
    [InlineData(1, "00:00:00", "00:00:00", "00:00:00.01", "00:00:00.01", 0.0001, 2, "00:00:00.5", "00:00:00.5")]
    [InlineData(100, "1.00:00:00", "1.00:00:00", "1.00:00:00", "1.00:00:00", 1.0, int.MaxValue, "1.00:00:00", "1.00:00:00")]
    public void Constructor_ExtremesThePartnersFileAllows_BuildsItsPipeline(
        int attempts, string baseDelay, string maxDelay, string timeout, string giveUpAfter, double ratio, int throughput, string sampling, string breakDuration)
    {
        var text = $$"""
            { "partners": [ { "id": "meo", "name": "M", "storyFormat": "nitf", "retry": {
                "attempts": {{attempts}}, "baseDelay": "{{baseDelay}}", "maxDelay": "{{maxDelay}}", "timeout": "{{timeout}}", "giveUpAfter": "{{giveUpAfter}}",
                "breaker": { "failureRatio": {{ratio.ToString(System.Globalization.CultureInfo.InvariantCulture)}}, "minimumThroughput": {{throughput}},
                             "samplingDuration": "{{sampling}}", "breakDuration": "{{breakDuration}}" } } } ] }
            """;
        var result = Syndication.Core.Partners.PartnersFile.PartnersFileParser.Parse(text);
        result.Errors.ShouldBeEmpty();

        var policy = new DeliveryPolicy(result.Directory!.Find("meo")!.Retry, _time);

        policy.Circuit.ShouldBe(CircuitState.Closed);
    }

    private static IEnumerable<TimeSpan> Gaps(DeliveryReport report) =>
        report.Attempts.Zip(report.Attempts.Skip(1), (before, after) => after.At - before.At);

    private Task<DeliveryReport> DeliverAsync(DeliveryPolicy policy, Uri url, FakeClockDriver? driver = null)
    {
        driver ??= new FakeClockDriver(_time, s_step);
        var sender = DeliveryTestServices.WebhookSender(_time);
        var target = new WebhookTarget(url, LoopbackPartner.DefaultSecret);
        var story = DeliveryTestServices.Story();
        return driver.RunAsync(policy.DeliverAsync(token => driver.TrackAsync(() => sender.SendAsync(target, story, token)), null, CancellationToken.None));
    }
}
