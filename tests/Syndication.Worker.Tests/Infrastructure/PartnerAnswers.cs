using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Syndication.Worker.Tests.Infrastructure;

/// <summary>The ways a <see cref="LoopbackPartner"/> answers: healthy, and failing in each way the issue lists.</summary>
internal static class PartnerAnswers
{
    /// <summary>200 to everything.</summary>
    internal static Func<int, HttpContext, Task> Healthy { get; } = (_, context) => Status(context, StatusCodes.Status200OK);

    /// <summary>The same status to everything.</summary>
    internal static Func<int, HttpContext, Task> Always(int status) => (_, context) => Status(context, status);

    /// <summary><paramref name="status"/> to the first <paramref name="failures"/> requests, 200 after.</summary>
    internal static Func<int, HttpContext, Task> FailFirst(int failures, int status = StatusCodes.Status500InternalServerError) =>
        (index, context) => Status(context, index < failures ? status : StatusCodes.Status200OK);

    /// <summary>429 with <c>Retry-After: SECONDS</c> to the first <paramref name="times"/> requests, 200 after.</summary>
    internal static Func<int, HttpContext, Task> TooManyRequests(int retryAfterSeconds, int times = 1) => (index, context) =>
    {
        if (index >= times)
        {
            return Status(context, StatusCodes.Status200OK);
        }

        context.Response.Headers.RetryAfter = retryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        return Status(context, StatusCodes.Status429TooManyRequests);
    };

    /// <summary>Reads the request and never answers, until the client gives up or the server stops.</summary>
    internal static Func<int, HttpContext, Task> Never { get; } = async (_, context) =>
    {
        var stopping = context.RequestServices.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;
        using var either = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
        try
        {
            await Task.Delay(Timeout.Infinite, either.Token);
        }
        catch (OperationCanceledException)
        {
        }
    };

    /// <summary>200 and its headers at once, then a body that trickles out a byte a second.</summary>
    internal static Func<int, HttpContext, Task> SlowBody { get; } = async (_, context) =>
    {
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentLength = 60;
        await context.Response.StartAsync();
        await context.Response.Body.FlushAsync();
        try
        {
            for (var i = 0; i < 60; i++)
            {
                await Task.Delay(TimeSpan.FromSeconds(1), context.RequestAborted);
                await context.Response.Body.WriteAsync("x"u8.ToArray(), context.RequestAborted);
            }
        }
        catch (OperationCanceledException)
        {
        }
    };

    /// <summary>Each request answered by the answer at its index, the last one for the rest.</summary>
    internal static Func<int, HttpContext, Task> InTurn(params Func<int, HttpContext, Task>[] answers) =>
        (index, context) => answers[Math.Min(index, answers.Length - 1)](index, context);

    private static Task Status(HttpContext context, int status)
    {
        context.Response.StatusCode = status;
        return Task.CompletedTask;
    }
}
