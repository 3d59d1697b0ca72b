using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Syndication.Worker.Tests.Infrastructure;

/// <summary>
/// An OTLP/HTTP (protobuf) collector on loopback: records the body of every export to <c>/v1/traces</c> and
/// <c>/v1/metrics</c> and answers 200. The bodies are not decoded; a test looks for the bytes it expects
/// (a trace id is 16 raw bytes in them, a metric's name its UTF-8).
/// </summary>
internal sealed class OtlpReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<(string Signal, byte[] Body)> _exports = new();

    private OtlpReceiver(WebApplication app) => _app = app;

    internal Uri Endpoint { get; private set; } = null!;

    internal static async Task<OtlpReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var receiver = new OtlpReceiver(app);
        app.MapPost("/v1/{signal}", async (string signal, HttpContext context) =>
        {
            using var body = new MemoryStream();
            await context.Request.Body.CopyToAsync(body, context.RequestAborted);
            receiver._exports.Enqueue((signal, body.ToArray()));
            context.Response.ContentType = "application/x-protobuf";
        });
        await app.StartAsync();
        receiver.Endpoint = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single());
        return receiver;
    }

    /// <summary>Waits for an export of <paramref name="signal"/> (traces, metrics) whose body holds <paramref name="bytes"/>.</summary>
    internal async Task WaitForAsync(string signal, byte[] bytes, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (!_exports.Any(export => export.Signal == signal && export.Body.AsSpan().IndexOf(bytes) >= 0))
        {
            if (clock.Elapsed > timeout)
            {
                throw new TimeoutException($"No {signal} export held what was expected within {timeout}; {_exports.Count} exports came.");
            }

            await Task.Delay(100);
        }
    }

    public async ValueTask DisposeAsync()
    {
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(2));
        await _app.StopAsync(stop.Token);
        await _app.DisposeAsync();
    }
}
