using Microsoft.Net.Http.Headers;

namespace Syndication.Worker.Http;

/// <summary>A feed page as last rendered, with its validators.</summary>
/// <param name="Version">What it was rendered from.</param>
/// <param name="ChangesAt">When an embargo in it ends, after which it must be rendered again; null if none does.</param>
/// <param name="Body">The bytes sent, and their compressed encodings.</param>
/// <param name="ETag">A hash of <paramref name="Body"/>'s bytes: it changes exactly when the body does.</param>
/// <param name="LastModified">When a body with this ETag was first rendered.</param>
public sealed record RenderedFeed(FeedVersion Version, DateTimeOffset? ChangesAt, EncodedBody Body, EntityTagHeaderValue ETag, DateTimeOffset LastModified);
