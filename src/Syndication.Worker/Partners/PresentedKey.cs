using Microsoft.Net.Http.Headers;

namespace Syndication.Worker.Partners;

/// <summary>The API key a request presents: <c>Authorization: Bearer KEY</c>, or else the <c>key</c> query parameter.</summary>
public static class PresentedKey
{
    public static string? Of(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var authorization = request.Headers.Authorization.ToString();
        if (authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            var token = authorization["Bearer ".Length..].Trim();
            return token.Length > 0 ? token : null;
        }

        return request.Query.TryGetValue("key", out var key) && key.ToString() is { Length: > 0 } value ? value : null;
    }

    /// <summary>The 401 answer: which scheme to use, and nothing about what exists.</summary>
    public static IResult Unauthorized(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.Headers[HeaderNames.WWWAuthenticate] = "Bearer realm=\"syndication\"";
        return Results.StatusCode(StatusCodes.Status401Unauthorized);
    }
}
