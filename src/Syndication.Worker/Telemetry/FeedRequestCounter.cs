namespace Syndication.Worker.Telemetry;

/// <summary>Middleware: counts each request to an endpoint marked with a <see cref="FeedKind"/>, by kind and response status.</summary>
public static class FeedRequestCounter
{
    public static IApplicationBuilder UseFeedRequestCounter(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var failed = true;
        try
        {
            await next(context).ConfigureAwait(false);
            failed = false;
        }
        finally
        {
            if (context.GetEndpoint()?.Metadata.GetMetadata<FeedKind>() is { } kind)
            {
                // A request that threw is answered 500 further out, once this middleware has returned.
                var status = failed && !context.Response.HasStarted ? StatusCodes.Status500InternalServerError : context.Response.StatusCode;
                SyndicationTelemetry.FeedRequests.Add(1, new KeyValuePair<string, object?>(TelemetryAttributes.FeedKind, kind.Name), new KeyValuePair<string, object?>(TelemetryAttributes.HttpStatusCode, status));
            }
        }
    });
}
