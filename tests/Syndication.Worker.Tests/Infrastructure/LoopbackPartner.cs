using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Syndication.Worker.Tests.Infrastructure;

/// <summary>
/// A partner's webhook on loopback: Kestrel in the test process on 127.0.0.1 and a port of its own. It checks
/// each request's signature with the partner's secret, written here from the words rather than
/// with the worker's code, records what came, and answers as <see cref="Respond"/> says.
/// </summary>
internal sealed class LoopbackPartner : IAsyncDisposable
{
    internal const string DefaultSecret = "loopback-partner-secret-0123";

    private readonly WebApplication _app;
    private readonly string _secret;
    private readonly ConcurrentQueue<ReceivedPush> _received = new();
    private int _requests;

    private LoopbackPartner(WebApplication app, string secret, Func<int, HttpContext, Task> respond)
    {
        _app = app;
        _secret = secret;
        Respond = respond;
    }

    /// <summary>How to answer request number N (0-based).</summary>
    internal Func<int, HttpContext, Task> Respond { get; set; }

    internal Uri Url { get; private set; } = null!;

    /// <summary>Every request, in the order they arrived.</summary>
    internal IReadOnlyList<ReceivedPush> Received => [.. _received];

    internal static async Task<LoopbackPartner> StartAsync(Func<int, HttpContext, Task> respond, string secret = DefaultSecret)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var partner = new LoopbackPartner(app, secret, respond);
        app.MapPost("/{**path}", partner.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        partner.Url = new Uri(address.TrimEnd('/') + "/hooks/stories");
        return partner;
    }

    /// <summary>Waits until <paramref name="done"/> holds for what was received.</summary>
    internal async Task<IReadOnlyList<ReceivedPush>> WaitAsync(Func<IReadOnlyList<ReceivedPush>, bool> done, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            var received = Received;
            if (done(received))
            {
                return received;
            }

            await Task.Delay(20);
        }

        throw new TimeoutException($"The partner never received what was expected within {timeout}; it has {_received.Count} requests.");
    }

    public async ValueTask DisposeAsync()
    {
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(2));
        await _app.StopAsync(stop.Token);
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        var index = Interlocked.Increment(ref _requests) - 1;
        using var body = new MemoryStream();
        await context.Request.Body.CopyToAsync(body, context.RequestAborted);
        var headers = context.Request.Headers;
        var timestamp = headers["X-Syndication-Timestamp"].ToString();
        var signature = headers["X-Syndication-Signature"].ToString();
        _received.Enqueue(new ReceivedPush(
            index,
            TimeProvider.System.GetUtcNow(),
            context.Request.Path,
            headers["Idempotency-Key"].ToString(),
            timestamp,
            IsSigned(timestamp, signature, body.ToArray()),
            headers["X-Syndication-Kind"].ToString(),
            context.Request.ContentType,
            body.ToArray(),
            headers.TryGetValue("traceparent", out var traceParent) ? traceParent.ToString() : null));
        await Respond(index, context);
    }

    private bool IsSigned(string timestamp, string signature, byte[] body)
    {
        if (!signature.StartsWith("sha256=", StringComparison.Ordinal) || !long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out _))
        {
            return false;
        }

        var signed = Encoding.ASCII.GetBytes(timestamp + ".").Concat(body).ToArray();
        var expected = HMACSHA256.HashData(Encoding.UTF8.GetBytes(_secret), signed);
        try
        {
            return CryptographicOperations.FixedTimeEquals(expected, Convert.FromHexString(signature["sha256=".Length..]));
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
