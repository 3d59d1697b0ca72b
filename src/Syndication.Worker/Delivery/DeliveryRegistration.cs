using Microsoft.Extensions.Options;
using Syndication.Storage;
using Syndication.Worker.Configuration;
using Syndication.Worker.Partners;
using Syndication.Worker.WebSub;

namespace Syndication.Worker.Delivery;

public static class DeliveryRegistration
{
    /// <summary>Push delivery: the webhook and WebSub distribution clients, the senders (webhook, partner topic, WebSub distribution), the dead letters, the lanes' host and the outbox's pruning.</summary>
    public static IServiceCollection AddSyndicationDelivery(this IServiceCollection services)
    {
        // Polly times each attempt, so the client has no timeout of its own; request logging is off so
        // that no webhook URL (which may carry a partner's token) reaches the logs.
        services.AddHttpClient(WebhookSender.ClientName, client => client.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false, PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
            .RemoveAllLoggers();
        services.AddSingleton<WebhookSender>();
        services.AddSingleton<PartnerKafkaSender>();
        services.AddCallbackClient(WebSubSender.ClientName, Timeout.InfiniteTimeSpan);
        services.AddSingleton<WebSubSender>();
        services.AddSingleton<DeliveryDeadLetter>();
        services.AddSingleton<OutboxWatch>();
        services.AddSingleton(provider =>
        {
            var partnersFile = provider.GetRequiredService<PartnersFileWatch>();
            return new LaneResources(
                provider.GetRequiredService<IStoryStore>(),
                () => partnersFile.InForce,
                provider.GetRequiredService<RouteBook>(),
                provider.GetRequiredService<DeliveryDeadLetter>(),
                provider.GetRequiredService<OutboxWatch>(),
                provider.GetRequiredService<IOptions<SyndicationOptions>>().Value.Publisher,
                provider.GetRequiredService<TimeProvider>());
        });
        services.AddSingleton<DeliveryLanes>();
        services.AddHostedService<DeliveryService>();
        services.AddHostedService(provider =>
        {
            var lanes = provider.GetRequiredService<DeliveryLanes>();
            return new OutboxPruning(
                () => lanes.Statuses.Select(status => status.Target.LaneId),
                provider.GetRequiredService<IStoryStore>(),
                provider.GetRequiredService<IOptions<DeliveryOptions>>(),
                provider.GetRequiredService<TimeProvider>(),
                provider.GetRequiredService<ILogger<OutboxPruning>>());
        });
        return services;
    }
}
