using Microsoft.Extensions.Options;
using Syndication.Worker.Configuration;

namespace Syndication.Worker.WebSub;

public static class WebSubRegistration
{
    /// <summary>The WebSub hub: the verification client, the queue of requests and their verifier (the distribution sender is the delivery lanes').</summary>
    public static IServiceCollection AddSyndicationWebSub(this IServiceCollection services)
    {
        services.AddCallbackClient(WebSubVerifier.ClientName, WebSubVerifier.Timeout);
        services.AddSingleton<WebSubIntents>();
        services.AddHostedService<WebSubVerifier>();
        return services;
    }

    /// <summary>
    /// A named client that reaches WebSub callbacks through <see cref="CallbackHandler"/>, guarded as
    /// <c>WebSub:AllowPrivateCallbacks</c> says. Request logging is off: a callback URL may carry the
    /// subscriber's token.
    /// </summary>
    public static IServiceCollection AddCallbackClient(this IServiceCollection services, string name, TimeSpan timeout)
    {
        services.AddHttpClient(name, client => client.Timeout = timeout)
            .ConfigurePrimaryHttpMessageHandler(provider => CallbackHandler.Create(provider.GetRequiredService<IOptions<WebSubOptions>>().Value.AllowPrivateCallbacks))
            .RemoveAllLoggers();
        return services;
    }
}
