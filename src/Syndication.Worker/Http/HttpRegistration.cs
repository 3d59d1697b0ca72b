using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;
using Serilog;

namespace Syndication.Worker.Http;

public static class HttpRegistration
{
    public static IServiceCollection AddSyndicationHttp(this IServiceCollection services)
    {
        services.AddProblemDetails();
        services.AddSingleton<FeedCache>();
        services.AddSingleton<ServiceClock>();
        services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = ResponseCompressionDefaults.MimeTypes.Concat(["application/rss+xml", "application/atom+xml"]);
        });
        services.Configure<BrotliCompressionProviderOptions>(options => options.Level = CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(options => options.Level = CompressionLevel.Fastest);
        return services;
    }

    public static WebApplication MapSyndicationEndpoints(this WebApplication app)
    {
        app.UseSerilogRequestLogging();
        app.UseResponseCompression();
        app.MapIngestEndpoint();
        app.MapFeedEndpoints();
        app.MapStoryEndpoints();
        app.MapHealthEndpoints();
        app.MapStatusEndpoint();
        return app;
    }
}
