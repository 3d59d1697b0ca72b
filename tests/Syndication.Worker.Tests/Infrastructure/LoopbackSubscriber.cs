using System.Collections.Concurrent;
using System.Diagnostics;
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
/// A WebSub subscriber on loopback: Kestrel in the test process. Its callback (with a token in its query, as
/// real callbacks have) answers the hub's verification GETs as <see cref="Verify"/> says (by default it
/// echoes <c>hub.challenge</c>) and records the content POSTs, checking <c>X-Hub-Signature</c> with its
/// secret, written here from the Recommendation's words rather than with the worker's code.
/// </summary>
internal sealed class LoopbackSubscriber : IAsyncDisposable
{
    internal const string Token = "subscriber-token-42";

    private readonly WebApplication _app;
    private readonly ConcurrentQueue<IQueryCollection> _verifications = new();
    private readonly ConcurrentQueue<ReceivedContent> _received = new();
    private int _posts;

    private LoopbackSubscriber(WebApplication app) => _app = app;

    /// <summary>How to answer a verification GET (its query): by default 200 with the challenge.</summary>
    internal Func<IQueryCollection, HttpContext, Task> Verify { get; set; } = Echo;

    /// <summary>How to answer content POST number N (0-based): by default 200.</summary>
    internal Func<int, HttpContext, Task> Respond { get; set; } = PartnerAnswers.Healthy;

    /// <summary>The secret it checks signatures with (null: it expects none).</summary>
    internal string? Secret { get; set; }

    internal Uri Callback { get; private set; } = null!;

    internal IReadOnlyList<IQueryCollection> Verifications => [.. _verifications];

    internal IReadOnlyList<ReceivedContent> Received => [.. _received];

    internal static async Task<LoopbackSubscriber> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var subscriber = new LoopbackSubscriber(app);
        app.MapGet("/callback", context =>
        {
            subscriber._verifications.Enqueue(context.Request.Query);
            return subscriber.Verify(context.Request.Query, context);
        });
        app.MapPost("/callback", subscriber.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        subscriber.Callback = new Uri(address.TrimEnd('/') + "/callback?token=" + Token);
        return subscriber;
    }

    /// <summary>The W3C answer: 200 with the challenge as the body.</summary>
    internal static Task Echo(IQueryCollection query, HttpContext context) => context.Response.WriteAsync(query["hub.challenge"].ToString());

    /// <summary>Waits until <paramref name="done"/> holds for what was received.</summary>
    internal Task<IReadOnlyList<ReceivedContent>> WaitAsync(Func<IReadOnlyList<ReceivedContent>, bool> done, TimeSpan timeout) => WaitAsync(() => Received, done, timeout);

    /// <summary>Waits for the <paramref name="count"/>th verification GET.</summary>
    internal Task<IReadOnlyList<IQueryCollection>> WaitVerifiedAsync(int count, TimeSpan timeout) => WaitAsync(() => Verifications, got => got.Count >= count, timeout);

    public async ValueTask DisposeAsync()
    {
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(2));
        await _app.StopAsync(stop.Token);
        await _app.DisposeAsync();
    }

    private static async Task<IReadOnlyList<T>> WaitAsync<T>(Func<IReadOnlyList<T>> read, Func<IReadOnlyList<T>, bool> done, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            var got = read();
            if (done(got))
            {
                return got;
            }

            await Task.Delay(20);
        }

        throw new TimeoutException($"The subscriber never got what was expected within {timeout}; it has {read().Count}.");
    }

    private async Task HandleAsync(HttpContext context)
    {
        var index = Interlocked.Increment(ref _posts) - 1;
        using var body = new MemoryStream();
        await context.Request.Body.CopyToAsync(body, context.RequestAborted);
        var bytes = body.ToArray();
        var signature = context.Request.Headers["X-Hub-Signature"].ToString();
        _received.Enqueue(new ReceivedContent(index, context.Request.ContentType, context.Request.Headers.Link.ToString(), signature, IsSigned(signature, bytes), bytes));
        await Respond(index, context);
    }

    private bool IsSigned(string signature, byte[] body)
    {
        if (Secret is null || !signature.StartsWith("sha256=", StringComparison.Ordinal))
        {
            return false;
        }

        var expected = HMACSHA256.HashData(Encoding.UTF8.GetBytes(Secret), body);
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
