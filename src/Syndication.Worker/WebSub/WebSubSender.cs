using System.Net.Http.Headers;
using Syndication.Storage;
using Syndication.Worker.Delivery;

namespace Syndication.Worker.WebSub;

/// <summary>
/// Distributes content to a subscription's callback (W3C WebSub, "Content Distribution"): a POST of the
/// topic's document with the topic's Content-Type, <c>Link: &lt;hub&gt;; rel="hub", &lt;topic&gt;; rel="self"</c>, and
/// <c>X-Hub-Signature</c> when the subscriber gave a secret. 2xx is delivered; 410 Gone ends the subscription
/// (the Recommendation lets a hub do so); every other answer is a failure worth another attempt, as the
/// Recommendation has a hub retry until it succeeds (within reason: the partner's policy).
/// </summary>
/// <remarks>Redirects are not followed: the Recommendation counts them as failures.</remarks>
public sealed class WebSubSender(IHttpClientFactory clients, TimeProvider time)
{
    /// <summary>
    /// The named client (see DeliveryRegistration): no timeout of its own (the policy times attempts), no
    /// redirects, no request logging, and callbacks on private addresses unreachable unless allowed.
    /// </summary>
    public const string ClientName = "websub-distribution";

    public async Task<SendResult> SendAsync(WebSubSubscription subscription, PushedStory content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        ArgumentNullException.ThrowIfNull(content);
        var hub = Partners.PartnerFeedDescription.Hub(Partners.PartnerFeedDescription.BaseOf(subscription.Topic));
        using var request = new HttpRequestMessage(HttpMethod.Post, subscription.Callback) { Content = new ByteArrayContent(content.Body) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(content.ContentType);
        request.Headers.TryAddWithoutValidation("Link", $"<{hub.AbsoluteUri}>; rel=\"hub\", <{subscription.Topic.AbsoluteUri}>; rel=\"self\"");
        if (subscription.Secret is { } secret)
        {
            request.Headers.Add(HubSignature.Header, HubSignature.Sign(secret, content.Body));
        }

        var client = clients.CreateClient(ClientName);
        try
        {
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            var status = (int)response.StatusCode;
            return status switch
            {
                >= 200 and < 300 => SendResult.Delivered(status),
                StatusCodes.Status410Gone => new SendResult(AttemptOutcome.Rejected, status, response.ReasonPhrase),
                _ => new SendResult(AttemptOutcome.Failed, status, response.ReasonPhrase, WebhookSender.RetryAfter(response.Headers.RetryAfter, time.GetUtcNow())),
            };
        }
        catch (HttpRequestException exception) when (!cancellationToken.IsCancellationRequested)
        {
            return new SendResult(AttemptOutcome.Unreachable, null, exception.Message);
        }
    }
}
