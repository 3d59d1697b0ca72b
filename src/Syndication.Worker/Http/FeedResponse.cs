using Microsoft.AspNetCore.ResponseCompression;

namespace Syndication.Worker.Http;

/// <summary>
/// The 200 answer with a rendered feed: compressed as the client asks, from the render's kept encodings,
/// or as rendered. A response that already has its <c>Content-Encoding</c> passes the compression middleware
/// untouched.
/// </summary>
public static class FeedResponse
{
    public static IResult Body(HttpContext context, RenderedFeed rendered, string contentType, IResponseCompressionProvider compression)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(rendered);
        ArgumentNullException.ThrowIfNull(compression);
        if (compression.CheckRequestAcceptsCompression(context) && compression.GetCompressionProvider(context) is { } provider)
        {
            context.Response.Headers.ContentEncoding = provider.EncodingName;
            return Results.Bytes(rendered.Body.In(provider), contentType);
        }

        return Results.Bytes(rendered.Body.Identity, contentType);
    }
}
