using System.Diagnostics;
using Confluent.Kafka;
using Microsoft.Extensions.Options;
using Syndication.Worker.Configuration;
using Syndication.Worker.Kafka;
using Syndication.Worker.Telemetry;

namespace Syndication.Worker.Http;

/// <summary>
/// <c>POST /ingest</c>: a story's bytes, produced to <c>wire.stories.raw</c> as they came. Answers 202 with
/// where the message landed; 400 for an empty body, 413 over the size cap, 503 while the consumer lags so
/// far behind that the embedded broker could drop what is sent. The message carries the request's
/// <c>traceparent</c>, so a story's trace starts at the request (or at its caller's, when it sent one).
/// </summary>
public static class IngestEndpoint
{
    /// <summary>Messages the consumer may be behind before ingest asks producers to wait.</summary>
    public const long MaxLag = 20_000;

    public static IEndpointRouteBuilder MapIngestEndpoint(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/ingest", IngestAsync);
        return endpoints;
    }

    private static async Task<IResult> IngestAsync(HttpContext context, IProducer<byte[]?, byte[]?> producer, ConsumerState state, IOptions<IngestOptions> options, CancellationToken cancellationToken)
    {
        var maxBytes = options.Value.MaxStoryBytes;
        if (context.Request.ContentLength > maxBytes)
        {
            return TooLarge(maxBytes);
        }

        if (state.Lag > MaxLag)
        {
            context.Response.Headers.RetryAfter = "1";
            return Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Busy",
                detail: $"The worker is {state.Lag} messages behind; retry shortly.");
        }

        var body = await ReadCappedAsync(context.Request.Body, maxBytes, cancellationToken).ConfigureAwait(false);
        if (body is null)
        {
            return TooLarge(maxBytes);
        }

        if (body.Length == 0)
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Empty story", detail: "The request body is empty; send the story's bytes.");
        }

        var headers = new Headers();
        KafkaTraceContext.Inject(Activity.Current?.Context ?? default, headers);
        var result = await producer.ProduceAsync(
            KafkaTopics.RawStories,
            new Message<byte[]?, byte[]?> { Key = StoryMessageKey.For(body), Value = body, Headers = headers },
            cancellationToken).ConfigureAwait(false);
        return Results.Json(
            new IngestReceipt(result.Topic, result.Partition.Value, result.Offset.Value),
            IngestJsonContext.Default.IngestReceipt,
            statusCode: StatusCodes.Status202Accepted);
    }

    private static IResult TooLarge(int maxBytes) =>
        Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "Story too large",
            detail: $"A story may be at most {maxBytes} bytes.");

    /// <summary>The body, or null when it is longer than <paramref name="limit"/>.</summary>
    private static async Task<byte[]?> ReadCappedAsync(Stream body, int limit, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
