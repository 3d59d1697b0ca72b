using System.Globalization;
using System.Net.Http.Headers;
using Syndication.Core.Partners;

namespace Syndication.Worker.Delivery;

/// <summary>
/// POSTs a story to a partner's webhook, signed: <c>Idempotency-Key</c>, <c>X-Syndication-Timestamp</c>
/// (Unix seconds, from the injected clock, new for each attempt), <c>X-Syndication-Signature</c> and
/// <c>X-Syndication-Kind</c>. 2xx is delivered; 4xx other than 408 and 429 is a rejection; anything else is
/// worth another attempt, and a <c>Retry-After</c> says when.
/// </summary>
/// <remarks>
/// Only the status line and headers are read: the response body is never waited for, so a partner that
/// answers 200 and then trickles its body is delivered at once. Redirects are not followed (a POST that
/// moved is the partner's file to fix; it is retried and then dead-lettered).
/// </remarks>
public sealed class WebhookSender(IHttpClientFactory clients, TimeProvider time)
{
    /// <summary>The named client (see DeliveryRegistration): no timeout of its own, no redirects, no request logging.</summary>
    public const string ClientName = "webhooks";

    public async Task<SendResult> SendAsync(WebhookTarget target, PushedStory story, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(story);
        var now = time.GetUtcNow();
        var timestamp = now.ToUnixTimeSeconds();
        using var request = new HttpRequestMessage(HttpMethod.Post, target.Url) { Content = new ByteArrayContent(story.Body) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(story.ContentType);
        request.Headers.Add(SyndicationHeaders.IdempotencyKey, story.IdempotencyKey);
        request.Headers.Add(SyndicationHeaders.Timestamp, timestamp.ToString(CultureInfo.InvariantCulture));
        request.Headers.Add(SyndicationHeaders.Signature, HookSignature.Sign(target.Secret, timestamp, story.Body));
        request.Headers.Add(SyndicationHeaders.Kind, story.KindName);
        var client = clients.CreateClient(ClientName);
        try
        {
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            return Classify(response, now);
        }
        catch (HttpRequestException exception) when (!cancellationToken.IsCancellationRequested)
        {
            return new SendResult(AttemptOutcome.Unreachable, null, exception.Message);
        }
    }

    private static SendResult Classify(HttpResponseMessage response, DateTimeOffset now)
    {
        var status = (int)response.StatusCode;
        if (status is >= 200 and < 300)
        {
            return SendResult.Delivered(status);
        }

        var outcome = status is >= 400 and < 500 and not 408 and not 429 ? AttemptOutcome.Rejected : AttemptOutcome.Failed;
        return new SendResult(outcome, status, response.ReasonPhrase, RetryAfter(response.Headers.RetryAfter, now));
    }

    /// <summary>How long a <c>Retry-After</c> asks to wait, from <paramref name="now"/>; null without one.</summary>
    internal static TimeSpan? RetryAfter(RetryConditionHeaderValue? header, DateTimeOffset now) => header switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date > now ? date - now : TimeSpan.Zero,
        _ => null,
    };
}
