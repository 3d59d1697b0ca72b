using System.Globalization;
using Microsoft.Extensions.Options;
using Syndication.Worker.Configuration;
using Syndication.Worker.Http;
using Syndication.Worker.Partners;

namespace Syndication.Worker.WebSub;

/// <summary>
/// <c>POST /websub</c>, the hub of the partner feeds (W3C WebSub, "Subscribing and Unsubscribing"): a form
/// with <c>hub.mode</c>, <c>hub.topic</c>, <c>hub.callback</c> and, optionally, <c>hub.lease_seconds</c> and
/// <c>hub.secret</c>, behind the partner's key as its feeds are. No key or a wrong one is 401; a topic that
/// is not one of the partner's feeds is 404, so nothing says it exists; a bad parameter is 400 with the
/// reason in plain text; an accepted request is 202 and is verified with the subscriber after.
/// </summary>
public static class WebSubEndpoints
{
    /// <summary>
    /// The largest request body read: a subscription's parameters are a topic, a callback, a lease and a
    /// secret under 200 bytes; anything near this is not a subscription.
    /// </summary>
    public const int MaxFormBytes = 16 * 1024;

    public static IEndpointRouteBuilder MapWebSubEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/websub", HandleAsync);
        return endpoints;
    }

    private static async Task<IResult> HandleAsync(
        HttpContext context, PartnersFileWatch partnersFile, PartnerRateLimits limits, WebSubIntents intents, IOptions<WebSubOptions> options)
    {
        var partners = partnersFile.InForce;
        if (PresentedKey.Of(context.Request) is not { } key || partners.Directory.FindByKey(key) is not { } partner)
        {
            return PresentedKey.Unauthorized(context);
        }

        if (limits.TryAcquire(partner) is { } retryAfter)
        {
            context.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
            return Results.StatusCode(StatusCodes.Status429TooManyRequests);
        }

        if (context.Request.ContentLength is > MaxFormBytes)
        {
            return Results.Text($"The request is larger than {MaxFormBytes} bytes.", "text/plain; charset=utf-8", statusCode: StatusCodes.Status413PayloadTooLarge);
        }

        // A body sent without a length is cut at the same size by Kestrel as it is read.
        if (context.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize)
        {
            bodySize.MaxRequestBodySize = MaxFormBytes;
        }

        if (!context.Request.HasFormContentType)
        {
            return Results.Text("The request must be application/x-www-form-urlencoded.", "text/plain; charset=utf-8", statusCode: StatusCodes.Status415UnsupportedMediaType);
        }

        var form = await context.Request.ReadFormAsync(context.RequestAborted).ConfigureAwait(false);
        var (request, refusal) = WebSubRequest.Parse(form, options.Value);
        if (request is null)
        {
            return Results.Text(refusal, "text/plain; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);
        }

        var baseUri = PartnerEndpoints.BaseUri(context.Request);
        var topic = request.Topic.AbsoluteUri;
        if (partner.Feeds.FirstOrDefault(feed => PartnerFeedDescription.Topic(baseUri, partner.Id, feed.Name).AbsoluteUri == topic) is not { } partnerFeed)
        {
            return Results.NotFound();
        }

        if (!intents.TryAdd(new WebSubIntent(partner.Id, partnerFeed.Name, request)))
        {
            context.Response.Headers.RetryAfter = "5";
            return Results.Text("Too many requests are waiting for verification; ask again shortly.", "text/plain; charset=utf-8", statusCode: StatusCodes.Status503ServiceUnavailable);
        }

        return Results.Text("Accepted: the callback will be asked to confirm.", "text/plain; charset=utf-8", statusCode: StatusCodes.Status202Accepted);
    }
}
