using System.Diagnostics;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Syndication.Worker.Telemetry;

public static class TelemetryRegistration
{
    /// <summary>The configuration key of the OTLP endpoint; <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> does the same.</summary>
    public const string OtlpEndpointKey = "Telemetry:OtlpEndpoint";

    private const string OtlpEndpointVariable = "OTEL_EXPORTER_OTLP_ENDPOINT";

    /// <summary>
    /// Gauges of the runtime's and the process's that OpenTelemetry names <c>*.count</c>, renamed: Prometheus
    /// keeps a <c>_count</c> suffix for histograms and summaries, and <c>promtool check metrics</c> refuses it on a gauge.
    /// </summary>
    private static readonly (string Name, string PrometheusSafe)[] s_countGauges =
    [
        ("dotnet.assembly.count", "dotnet.assemblies.loaded"),
        ("dotnet.process.cpu.count", "dotnet.process.cpus"),
        ("dotnet.timer.count", "dotnet.timers"),
        ("process.thread.count", "process.threads"),
        ("process.unix.file_descriptor.count", "process.unix.file_descriptors"),
    ];

    /// <summary>
    /// Metrics (ours, ASP.NET Core's, HttpClient's, the runtime's and the process's) for <c>GET /metrics</c>,
    /// traces (ours, incoming requests, outgoing webhook POSTs), and OTLP export of both when an endpoint is
    /// configured; nothing leaves the process otherwise.
    /// </summary>
    public static WebApplicationBuilder AddSyndicationTelemetry(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var configuredEndpoint = builder.Configuration[OtlpEndpointKey];
        var exportsOtlp = !string.IsNullOrWhiteSpace(configuredEndpoint) || !string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(OtlpEndpointVariable));
        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("syndication-worker"))
            .WithMetrics(metrics =>
            {
                metrics.AddMeter(SyndicationTelemetry.Name)
                    .AddAspNetCoreInstrumentation()
                    .AddHttpClientInstrumentation()
                    .AddRuntimeInstrumentation()
                    .AddProcessInstrumentation()
                    .AddPrometheusExporter();
                foreach (var (name, renamed) in s_countGauges)
                {
                    metrics.AddView(name, new MetricStreamConfiguration { Name = renamed });
                }

                if (exportsOtlp)
                {
                    metrics.AddOtlpExporter(options => Point(options, configuredEndpoint));
                }
            })
            .WithTracing(tracing =>
            {
                // Implementation note: spans are made (and contexts carried to partners) whether or not they are
                // exported, so a story's trace id is the same wherever it is seen; the SDK's default sampler
                // follows an upstream producer's sampling decision.
                tracing.AddSource(SyndicationTelemetry.Name)
                    .AddAspNetCoreInstrumentation(options => options.Filter = context => !context.Request.Path.StartsWithSegments("/metrics"))
                    .AddHttpClientInstrumentation(options => options.EnrichWithHttpRequestMessage = static (activity, _) => ForgetUrl(activity));
                if (exportsOtlp)
                {
                    tracing.AddOtlpExporter(options => Point(options, configuredEndpoint));
                }
            });
        builder.Services.AddSingleton<TelemetryGauges>();
        return builder;
    }

    /// <summary>The feed request counter and <c>GET /metrics</c> (Prometheus text); the gauges start observing here.</summary>
    public static WebApplication MapSyndicationTelemetry(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.Services.GetRequiredService<TelemetryGauges>();
        app.UseFeedRequestCounter();
        app.MapPrometheusScrapingEndpoint();
        return app;
    }

    private static void Point(OpenTelemetry.Exporter.OtlpExporterOptions options, string? configuredEndpoint)
    {
        // Without Telemetry:OtlpEndpoint the exporter reads OTEL_EXPORTER_OTLP_* itself (and appends the
        // signal's path for http/protobuf).
        if (!string.IsNullOrWhiteSpace(configuredEndpoint))
        {
            options.Endpoint = new Uri(configuredEndpoint);
        }
    }

    /// <summary>
    /// A webhook's URL may carry a partner's token in its path or query: the span keeps its host and port
    /// (<c>server.address</c>, <c>server.port</c>), never the URL.
    /// </summary>
    private static void ForgetUrl(Activity activity) => activity.SetTag("url.full", null);
}
