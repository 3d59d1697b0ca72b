namespace Syndication.Worker.WebSub;

public static class WebSubRegistration
{
    /// <summary>The WebSub hub: the verification client, the queue of requests and their verifier (the distribution sender is the delivery lanes').</summary>
    public static IServiceCollection AddSyndicationWebSub(this IServiceCollection services)
    {
        // Request logging is off: a callback URL may carry the subscriber's token.
        services.AddHttpClient(WebSubVerifier.ClientName, client => client.Timeout = WebSubVerifier.Timeout)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false, PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
            .RemoveAllLoggers();
        services.AddSingleton<WebSubIntents>();
        services.AddHostedService<WebSubVerifier>();
        return services;
    }
}
