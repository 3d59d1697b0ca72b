using Syndication.Worker.Kafka;

namespace Syndication.Worker.Status;

public static class StatusRegistration
{
    /// <summary>What <c>/status</c> and <c>/status.json</c> read: the snapshot source and the dead-letter topics' depths.</summary>
    public static IServiceCollection AddSyndicationStatus(this IServiceCollection services)
    {
        services.AddSingleton<DeadLetterDepths>();
        services.AddSingleton<StatusSnapshotSource>();
        return services;
    }
}
