using Serilog;
using Serilog.Formatting.Compact;

namespace Syndication.Worker.Logging;

public static class LoggingRegistration
{
    /// <summary>
    /// Serilog: a readable console in Development, compact JSON (CLEF) otherwise; levels from the
    /// <c>Serilog</c> configuration section.
    /// </summary>
    public static WebApplicationBuilder AddSyndicationLogging(this WebApplicationBuilder builder)
    {
        var development = builder.Environment.IsDevelopment();
        builder.Services.AddSerilog(logger =>
        {
            logger.ReadFrom.Configuration(builder.Configuration).Enrich.FromLogContext();
            if (development)
            {
                logger.WriteTo.Console(outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {SourceContext}: {Message:lj}{NewLine}{Exception}");
            }
            else
            {
                logger.WriteTo.Console(new CompactJsonFormatter());
            }
        });
        return builder;
    }
}
