using Microsoft.Net.Http.Headers;
using Syndication.Worker.Partners;
using Syndication.Worker.Status;

namespace Syndication.Worker.Http;

/// <summary>
/// <c>GET /status</c> (HTML for people) and <c>GET /status.json</c> (for scripts): one snapshot, two
/// renderings. Behind <see cref="OperatorKeys"/> like the firehose: they show held exclusives' headlines.
/// </summary>
public static class StatusEndpoint
{
    // The page carries no script and loads nothing: a policy that allows neither costs nothing and would
    // stop a headline that escaped its escaping.
    private const string PagePolicy = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    public static IEndpointRouteBuilder MapStatusEndpoint(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/status", async (HttpContext context, StatusSnapshotSource source, OperatorKeys operators) =>
        {
            if (!operators.Admit(context.Request))
            {
                return PresentedKey.Unauthorized(context);
            }

            var snapshot = await source.TakeAsync(context.RequestAborted).ConfigureAwait(false);
            context.Response.Headers[HeaderNames.CacheControl] = "no-store";
            context.Response.Headers[HeaderNames.ContentSecurityPolicy] = PagePolicy;
            return Results.Bytes(StatusPage.Render(snapshot), StatusPage.ContentType);
        });
        endpoints.MapGet("/status.json", async (HttpContext context, StatusSnapshotSource source, OperatorKeys operators) =>
        {
            if (!operators.Admit(context.Request))
            {
                return PresentedKey.Unauthorized(context);
            }

            var snapshot = await source.TakeAsync(context.RequestAborted).ConfigureAwait(false);
            context.Response.Headers[HeaderNames.CacheControl] = "no-store";
            return Results.Text(StatusJson.Render(snapshot).ToJsonString(), StatusJson.ContentType);
        });
        return endpoints;
    }
}
