using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Syndication.Storage;
using Syndication.Worker.Partners;

namespace Syndication.Worker.WebSub;

/// <summary>
/// Verifies the intent of each accepted request, one at a time in the order accepted (W3C WebSub, "Hub
/// Verifies Intent of the Subscriber"): a GET of the callback, its own query kept, with <c>hub.mode</c>,
/// <c>hub.topic</c>, an unguessable <c>hub.challenge</c> and, for a subscription, the <c>hub.lease_seconds</c>
/// granted. Only a 2xx whose body is exactly the challenge verifies it: a subscription is then stored (or
/// renewed: new lease and secret, same lane), its lease counted from the verification request; an
/// unsubscription removes it. Anything else changes nothing.
/// </summary>
/// <remarks>
/// The GET is timed out after <see cref="Timeout"/>, follows no redirect, and only the callback's host is
/// logged: its path or query may carry the subscriber's token. Implementation note: one request at a
/// time keeps a subscribe and the unsubscribe after it in order, at the price of a slow callback holding
/// the others for up to the timeout.
/// </remarks>
public sealed partial class WebSubVerifier(
    WebSubIntents intents, IHttpClientFactory clients, IStoryStore store, PartnersFileWatch partnersFile, TimeProvider time, ILogger<WebSubVerifier> log)
    : BackgroundService
{
    /// <summary>The named client (see WebSubRegistration): <see cref="Timeout"/>, no redirects, no request logging, private callbacks unreachable unless allowed.</summary>
    public const string ClientName = "websub-verification";

    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    /// <summary>A body longer than this is no echo of a challenge, and is not read further.</summary>
    private const int MaxBodyBytes = 1024;

    /// <summary>Verifies one request and acts on it; true when the subscriber confirmed it.</summary>
    public async Task<bool> VerifyAsync(WebSubIntent intent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(intent);
        var request = intent.Request;
        var challenge = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
        var askedAt = time.GetUtcNow();
        var refusal = await AskAsync(VerificationUrl(request, challenge), challenge, cancellationToken).ConfigureAwait(false);
        var host = request.Callback.Host;
        if (refusal is not null)
        {
            LogNotVerified(log, ModeName(request.Mode), intent.PartnerId, intent.Feed, host, refusal);
            return false;
        }

        if (request.Mode == WebSubMode.Unsubscribe)
        {
            store.Unsubscribe(request.Callback, request.Topic);
            LogUnsubscribed(log, intent.PartnerId, intent.Feed, host);
            return true;
        }

        // The partner or its feed may have left the file while the subscriber was asked.
        if (partnersFile.InForce.Directory.Find(intent.PartnerId) is not { } partner
            || !partner.Feeds.Any(feed => string.Equals(feed.Name, intent.Feed, StringComparison.Ordinal)))
        {
            LogNotVerified(log, ModeName(request.Mode), intent.PartnerId, intent.Feed, host, "the feed is no longer in the partners file");
            return false;
        }

        var subscription = store.Subscribe(
            intent.PartnerId, intent.Feed, request.Topic, request.Callback, request.Secret, request.LeaseSeconds, askedAt.AddSeconds(request.LeaseSeconds));
        LogSubscribed(log, subscription.Id, intent.PartnerId, intent.Feed, host, subscription.ExpiresAt);
        return true;
    }

    /// <summary>The callback with the verification's parameters after its own query.</summary>
    public static Uri VerificationUrl(WebSubRequest request, string challenge)
    {
        ArgumentNullException.ThrowIfNull(request);
        var query = new StringBuilder(request.Callback.Query.Length > 1 ? request.Callback.Query[1..] + "&" : "");
        query.Append("hub.mode=").Append(ModeName(request.Mode))
            .Append("&hub.topic=").Append(Uri.EscapeDataString(request.Topic.AbsoluteUri))
            .Append("&hub.challenge=").Append(Uri.EscapeDataString(challenge));
        if (request.Mode == WebSubMode.Subscribe)
        {
            query.Append("&hub.lease_seconds=").Append(request.LeaseSeconds.ToString(CultureInfo.InvariantCulture));
        }

        return new UriBuilder(request.Callback) { Query = query.ToString() }.Uri;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var intent in intents.ReadAllAsync(stoppingToken).ConfigureAwait(false))
            {
                try
                {
                    await VerifyAsync(intent, stoppingToken).ConfigureAwait(false);
                }
                catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
                {
                    // A store fault: this request is lost (its subscriber asks again); the next ones go on.
                    LogFault(log, exception, intent.PartnerId, intent.Feed, intent.Request.Callback.Host);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    /// <summary>Null when the callback echoed the challenge; else why not, for the log.</summary>
    private async Task<string?> AskAsync(Uri url, string challenge, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        try
        {
            using var response = await clients.CreateClient(ClientName).GetAsync(url, HttpCompletionOption.ResponseHeadersRead, timeout.Token).ConfigureAwait(false);
            var status = (int)response.StatusCode;
            if (status is < 200 or >= 300)
            {
                return $"HTTP {status}";
            }

            var body = new byte[MaxBodyBytes + 1];
            var length = 0;
            await using var stream = await response.Content.ReadAsStreamAsync(timeout.Token).ConfigureAwait(false);
            int read;
            while (length < body.Length && (read = await stream.ReadAsync(body.AsMemory(length), timeout.Token).ConfigureAwait(false)) > 0)
            {
                length += read;
            }

            return length <= MaxBodyBytes && Encoding.UTF8.GetString(body, 0, length) == challenge ? null : $"HTTP {status} without the challenge";
        }
        catch (HttpRequestException exception)
        {
            // The message names the host and port only (a callback resolving only to private addresses says so).
            return $"{exception.HttpRequestError}: {exception.Message}";
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return $"no answer within {Timeout.TotalSeconds:0} s";
        }
    }

    private static string ModeName(WebSubMode mode) => mode == WebSubMode.Subscribe ? "subscribe" : "unsubscribe";

    [LoggerMessage(Level = LogLevel.Information, Message = "WebSub subscription {Id} of {Partner}/{Feed} verified with {CallbackHost}; lease until {ExpiresAt}")]
    private static partial void LogSubscribed(ILogger logger, long id, string partner, string feed, string callbackHost, DateTimeOffset expiresAt);

    [LoggerMessage(Level = LogLevel.Information, Message = "WebSub unsubscription of {Partner}/{Feed} verified with {CallbackHost}")]
    private static partial void LogUnsubscribed(ILogger logger, string partner, string feed, string callbackHost);

    [LoggerMessage(Level = LogLevel.Information, Message = "WebSub {Mode} of {Partner}/{Feed} not verified by {CallbackHost} ({Reason}); nothing changed")]
    private static partial void LogNotVerified(ILogger logger, string mode, string partner, string feed, string callbackHost, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "WebSub verification of {Partner}/{Feed} with {CallbackHost} failed; the subscriber must ask again")]
    private static partial void LogFault(ILogger logger, Exception exception, string partner, string feed, string callbackHost);
}
