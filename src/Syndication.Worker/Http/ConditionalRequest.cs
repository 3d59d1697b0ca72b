using Microsoft.AspNetCore.Http.Headers;
using Microsoft.Net.Http.Headers;

namespace Syndication.Worker.Http;

/// <summary>RFC 9110 section 13: whether a GET's validators match what would be sent, so 304 answers it.</summary>
public static class ConditionalRequest
{
    public static bool IsNotModified(RequestHeaders request, EntityTagHeaderValue etag, DateTimeOffset? lastModified)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.IfNoneMatch is { Count: > 0 } candidates)
        {
            return candidates.Any(candidate => candidate.Equals(EntityTagHeaderValue.Any) || candidate.Compare(etag, useStrongComparison: false));
        }

        return lastModified is { } modified && request.IfModifiedSince is { } since && modified <= since;
    }
}
