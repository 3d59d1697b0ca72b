using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Syndication.Worker.Health;

/// <summary>
/// <c>/health/live</c>: the process answers. <c>/health/ready</c>: partitions assigned, the store answers,
/// no partition stuck (503 <c>unready</c> otherwise); a partner down answers 200 <c>degraded</c>.
/// </summary>
public static class HealthRegistration
{
    /// <summary>The tag of the checks <c>/health/ready</c> and the status page run.</summary>
    public const string Ready = "ready";

    public static IServiceCollection AddSyndicationHealth(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddCheck<KafkaAssignmentCheck>("kafka", tags: [Ready])
            .AddCheck<StoreCheck>("store", tags: [Ready])
            .AddCheck<PartitionProgressCheck>("partitions", tags: [Ready])
            .AddCheck<PartnerLanesCheck>("partners", failureStatus: HealthStatus.Degraded, tags: [Ready]);
        return services;
    }

    public static IEndpointRouteBuilder MapSyndicationHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/health/live", new HealthCheckOptions
        {
            Predicate = _ => false,
            ResponseWriter = (context, _) =>
            {
                context.Response.ContentType = HealthJson.ContentType;
                return context.Response.WriteAsync("""{"status":"live"}""");
            },
        });
        endpoints.MapHealthChecks("/health/ready", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(Ready),
            ResultStatusCodes =
            {
                [HealthStatus.Healthy] = StatusCodes.Status200OK,
                [HealthStatus.Degraded] = StatusCodes.Status200OK,
                [HealthStatus.Unhealthy] = StatusCodes.Status503ServiceUnavailable,
            },
            ResponseWriter = HealthJson.WriteAsync,
        });
        return endpoints;
    }
}
