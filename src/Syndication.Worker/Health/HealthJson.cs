using System.Text.Json.Nodes;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Syndication.Worker.Health;

/// <summary>
/// The JSON of <c>/health/ready</c>: <c>status</c> (<c>ready</c>, <c>degraded</c>, <c>unready</c>) and
/// per check its <c>status</c>, <c>ok</c>, <c>description</c> and details (documented in the README).
/// </summary>
public static class HealthJson
{
    public const string ContentType = "application/json; charset=utf-8";

    public static string StatusName(HealthStatus status) => status switch
    {
        HealthStatus.Healthy => "ready",
        HealthStatus.Degraded => "degraded",
        _ => "unready",
    };

    public static JsonObject Render(HealthReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var checks = new JsonObject();
        foreach (var (name, entry) in report.Entries)
        {
            var check = new JsonObject
            {
                ["status"] = entry.Status.ToString().ToLowerInvariant(),
                ["ok"] = entry.Status == HealthStatus.Healthy,
                ["description"] = entry.Description,
            };
            foreach (var (key, value) in entry.Data)
            {
                check[key] = value as JsonNode ?? JsonValue.Create(value);
            }

            checks[name] = check;
        }

        return new JsonObject { ["status"] = StatusName(report.Status), ["checks"] = checks };
    }

    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.ContentType = ContentType;
        return context.Response.WriteAsync(Render(report).ToJsonString());
    }
}
