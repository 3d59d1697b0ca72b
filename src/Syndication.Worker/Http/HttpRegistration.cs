using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;
using Syndication.Worker.Health;
using Syndication.Worker.Logging;
using Syndication.Worker.Partners;
using Syndication.Worker.WebSub;

namespace Syndication.Worker.Http;

public static class HttpRegistration
{
    public static IServiceCollection AddSyndicationHttp(this IServiceCollection services)
    {
        services.AddProblemDetails();
        services.AddSingleton<RenderedFeedCache>();
        services.AddSingleton<Firehose>();
        services.AddSingleton<OperatorKeys>();
        services.AddSingleton<PartnersFileWatch>();
        services.AddSingleton<RouteBook>();
        services.AddSingleton<PartnerFeedReader>();
        services.AddSingleton<PartnerRateLimits>();
        services.AddSingleton<ServiceClock>();
        services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = ResponseCompressionDefaults.MimeTypes.Concat([
                "application/rss+xml", "application/atom+xml", "application/feed+json", "application/ninjs+json",
                "application/nitf+xml", "application/vnd.iptc.g2.newsitem+xml", "application/problem+json"]);
        });
        services.Configure<BrotliCompressionProviderOptions>(options => options.Level = CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(options => options.Level = CompressionLevel.Fastest);
        return services;
    }

    public static WebApplication MapSyndicationEndpoints(this WebApplication app)
    {
        app.UseSyndicationRequestLogging();
        app.UseResponseCompression();
        app.MapIngestEndpoint();
        app.MapFeedEndpoints();
        app.MapStoryEndpoints();
        app.MapPartnerEndpoints();
        app.MapWebSubEndpoints();
        app.MapSyndicationHealth();
        app.MapStatusEndpoint();
        return app;
    }
}
