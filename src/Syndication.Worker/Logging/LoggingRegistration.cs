using Serilog;
using Serilog.Events;
using Serilog.Formatting.Compact;

namespace Syndication.Worker.Logging;

public static class LoggingRegistration
{
    /// <summary>
    /// Serilog: a readable console in Development, compact JSON (CLEF, with <c>@tr</c>/<c>@sp</c> trace and
    /// span ids) otherwise; levels from the <c>Serilog</c> configuration section. Nothing that logs a URL
    /// with its query or a request's headers is kept, whatever the levels say.
    /// </summary>
    public static WebApplicationBuilder AddSyndicationLogging(this WebApplicationBuilder builder)
    {
        var development = builder.Environment.IsDevelopment();
        builder.Services.AddSerilog(logger =>
        {
            logger.ReadFrom.Configuration(builder.Configuration).Enrich.FromLogContext();

            // ASP.NET Core's own request lines carry the query string, so an API key given as ?key=: the
            // request log (UseSyndicationRequestLogging) takes their place, with the key redacted.
            logger.MinimumLevel.Override("Microsoft.AspNetCore.Hosting.Diagnostics", LogEventLevel.Warning);
            if (development)
            {
                logger.WriteTo.Console(outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {SourceContext}: {Message:lj} {TraceId}{NewLine}{Exception}");
            }
            else
            {
                logger.WriteTo.Console(new CompactJsonFormatter());
            }
        });

        // HttpClientFactory's loggers write each request's full URL: a partner's webhook URL, query and all.
        // Lanes log the host only.
        builder.Services.ConfigureHttpClientDefaults(http => http.RemoveAllLoggers());
        return builder;
    }

    /// <summary>One event per request: method, path, query with <c>key</c> redacted, status, time; never a header.</summary>
    public static WebApplication UseSyndicationRequestLogging(this WebApplication app)
    {
        app.UseSerilogRequestLogging(options =>
        {
            options.MessageTemplate = "HTTP {RequestMethod} {RequestPath}{QueryString} responded {StatusCode} in {Elapsed:0.0000} ms";
            options.EnrichDiagnosticContext = (diagnostics, context) => diagnostics.Set("QueryString", LoggedQuery.Of(context.Request));
        });
        return app;
    }
}
