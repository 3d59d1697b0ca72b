using Microsoft.AspNetCore.Http.Extensions;

namespace Syndication.Worker.Logging;

/// <summary>A request's query string as logs may hold it: the <c>key</c> parameter (an API key) redacted.</summary>
public static class LoggedQuery
{
    public const string Redacted = "REDACTED";

    public static string Of(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!request.QueryString.HasValue)
        {
            return "";
        }

        var query = new QueryBuilder();
        foreach (var (name, values) in request.Query)
        {
            var key = string.Equals(name, "key", StringComparison.OrdinalIgnoreCase);
            foreach (var value in values)
            {
                query.Add(name, key ? Redacted : value ?? "");
            }
        }

        return query.ToString();
    }
}
