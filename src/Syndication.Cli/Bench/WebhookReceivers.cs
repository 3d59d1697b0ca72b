using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Syndication.Worker.Delivery;

namespace Syndication.Cli.Bench;

/// <summary>
/// The delivery bench's partners' webhook endpoints, in this process: one Kestrel server listening on a
/// loopback port of its own per partner, answering <c>POST /hooks/{partner}</c>. A healthy partner's
/// endpoint reads the body, notes the <c>Idempotency-Key</c> in the current <see cref="WebhookTally"/> and
/// answers 200; the failing partner's answers 503 at once, every time.
/// </summary>
/// <remarks>
/// Nothing heavy is checked (no signature): the receivers share the two cores with what is measured.
/// </remarks>
internal sealed class WebhookReceivers : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly IReadOnlyList<string> _partnerIds;
    private readonly string _failingId;
    private readonly Dictionary<string, Uri> _urls = new(StringComparer.Ordinal);
    private WebhookTally _tally;

    private WebhookReceivers(WebApplication app, IReadOnlyList<string> partnerIds, string failingId)
    {
        _app = app;
        _partnerIds = partnerIds;
        _failingId = failingId;
        _tally = new WebhookTally(partnerIds);
        app.Run(ReceiveAsync);
    }

    /// <summary>Starts the server, one port per partner.</summary>
    /// <param name="partnerIds">Every partner that may be pushed to.</param>
    /// <param name="failingId">The partner whose endpoint answers 503 only.</param>
    /// <param name="contentRoot">An empty directory, so that no configuration file nearby reaches Kestrel.</param>
    /// <param name="cancellationToken">Ctrl+C.</param>
    internal static async Task<WebhookReceivers> StartAsync(IReadOnlyList<string> partnerIds, string failingId, string contentRoot, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = contentRoot, EnvironmentName = "Production" });
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            foreach (var _ in partnerIds)
            {
                kestrel.Listen(IPAddress.Loopback, 0);
            }
        });
        var receivers = new WebhookReceivers(builder.Build(), partnerIds, failingId);
        await receivers._app.StartAsync(cancellationToken).ConfigureAwait(false);
        var ports = receivers._app.Urls.Select(url => new Uri(url)).ToList();
        for (var i = 0; i < partnerIds.Count; i++)
        {
            receivers._urls[partnerIds[i]] = new Uri(ports[i], $"hooks/{partnerIds[i]}");
        }

        return receivers;
    }

    /// <summary>The partner's webhook URL, on its own port.</summary>
    internal Uri Url(string partnerId) => _urls[partnerId];

    /// <summary>Counts from now on into a fresh tally, and returns it.</summary>
    internal WebhookTally Count()
    {
        var tally = new WebhookTally(_partnerIds);
        Volatile.Write(ref _tally, tally);
        return tally;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }

    private async Task ReceiveAsync(HttpContext context)
    {
        var tally = Volatile.Read(ref _tally);
        var partnerId = context.Request.Path.StartsWithSegments("/hooks", out var rest) ? rest.Value?.TrimStart('/') : null;
        if (!HttpMethods.IsPost(context.Request.Method) || partnerId is null || !tally.Knows(partnerId))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        if (partnerId == _failingId)
        {
            tally.Refused(partnerId);
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return;
        }

        await context.Request.Body.CopyToAsync(Stream.Null, context.RequestAborted).ConfigureAwait(false);
        tally.Delivered(partnerId, context.Request.Headers[SyndicationHeaders.IdempotencyKey].ToString());
        context.Response.StatusCode = StatusCodes.Status200OK;
    }
}
