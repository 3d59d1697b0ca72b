using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace Syndication.Cli.Push;

/// <summary>
/// Sends stories through the worker's <c>POST /ingest</c>, a few at a time, waiting as told when the worker
/// answers 503 with <c>Retry-After</c>.
/// </summary>
internal sealed class HttpStorySender(Uri workerUrl) : IStorySender
{
    private const int MaxInFlight = 8;
    private readonly HttpClient _http = new() { BaseAddress = workerUrl, Timeout = TimeSpan.FromSeconds(60) };
    private readonly SemaphoreSlim _slots = new(MaxInFlight);

    public async Task<Task<string?>> SendAsync(byte[] story, CancellationToken cancellationToken)
    {
        await _slots.WaitAsync(cancellationToken).ConfigureAwait(false);
        return PostAsync(story, cancellationToken);
    }

    private async Task<string?> PostAsync(byte[] story, CancellationToken cancellationToken)
    {
        try
        {
            while (true)
            {
                using var content = new ByteArrayContent(story);
                content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
                using var response = await _http.PostAsync(new Uri("ingest", UriKind.Relative), content, cancellationToken).ConfigureAwait(false);
                if (response.StatusCode == HttpStatusCode.ServiceUnavailable)
                {
                    await Task.Delay(response.Headers.RetryAfter?.Delta ?? TimeSpan.FromSeconds(1), cancellationToken).ConfigureAwait(false);
                    continue;
                }

                if (response.IsSuccessStatusCode)
                {
                    return null;
                }

                return $"{(int)response.StatusCode}: {await ProblemDetailAsync(response, cancellationToken).ConfigureAwait(false)}";
            }
        }
        catch (HttpRequestException exception)
        {
            return exception.Message;
        }
        finally
        {
            _slots.Release();
        }
    }

    private static async Task<string> ProblemDetailAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            using var problem = JsonDocument.Parse(body);
            return problem.RootElement.TryGetProperty("detail", out var detail) ? detail.GetString() ?? body : body;
        }
        catch (JsonException)
        {
            return body;
        }
    }

    public ValueTask DisposeAsync()
    {
        _http.Dispose();
        _slots.Dispose();
        return ValueTask.CompletedTask;
    }
}
