using System.Globalization;
using System.Text;
using Microsoft.Extensions.Primitives;
using Syndication.Worker.Configuration;

namespace Syndication.Worker.WebSub;

/// <summary>
/// A subscriber's request to the hub (W3C WebSub, "Subscriber Sends Subscription Request"), its parameters
/// checked: <c>hub.mode</c>, <c>hub.topic</c>, <c>hub.callback</c> (absolute http or https, and unless
/// <c>WebSub:AllowPrivateCallbacks</c> not a private address or <c>localhost</c>), and for a
/// subscription <c>hub.lease_seconds</c> (optional, clamped to the hub's range) and <c>hub.secret</c>
/// (optional, under 200 bytes). Parameters the hub does not know are ignored, as the Recommendation says.
/// </summary>
/// <param name="Mode">Subscribe or unsubscribe.</param>
/// <param name="Topic">The topic URL asked for (whether it is a feed of the partner is the endpoint's to say).</param>
/// <param name="Callback">Where the hub verifies intent and distributes content.</param>
/// <param name="LeaseSeconds">The lease the hub grants, clamped; 0 for an unsubscription.</param>
/// <param name="Secret">The subscriber's secret for signed distribution, or null.</param>
public sealed record WebSubRequest(WebSubMode Mode, Uri Topic, Uri Callback, int LeaseSeconds, string? Secret)
{
    /// <summary>The Recommendation's bound: <c>hub.secret</c> MUST be less than 200 bytes.</summary>
    public const int SecretBytesLimit = 200;

    /// <summary>A callback longer than this is refused rather than stored.</summary>
    public const int MaxUrlLength = 2048;

    /// <summary>The request, or why it is refused (a sentence for the 400's plain-text body).</summary>
    public static (WebSubRequest? Request, string? Refusal) Parse(IFormCollection form, WebSubOptions options)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(options);
        if (Single(form, "hub.mode", out var modeText) is { } modeRefusal)
        {
            return (null, modeRefusal);
        }

        WebSubMode mode;
        switch (modeText)
        {
            case "subscribe":
                mode = WebSubMode.Subscribe;
                break;
            case "unsubscribe":
                mode = WebSubMode.Unsubscribe;
                break;
            default:
                return (null, "hub.mode must be subscribe or unsubscribe.");
        }

        if (Url(form, "hub.callback", out var callback) is { } callbackRefusal)
        {
            return (null, callbackRefusal);
        }

        if (!options.AllowPrivateCallbacks && !CallbackAddress.IsPublicHost(callback!))
        {
            return (null, "hub.callback must not be a loopback, private or link-local address (or localhost).");
        }

        if (Url(form, "hub.topic", out var topic) is { } topicRefusal)
        {
            return (null, topicRefusal);
        }

        if (mode == WebSubMode.Unsubscribe)
        {
            return (new WebSubRequest(mode, topic!, callback!, 0, null), null);
        }

        long? requested = null;
        if (form.TryGetValue("hub.lease_seconds", out var leaseValues))
        {
            if (leaseValues.Count != 1 || !IsDigits(leaseValues[0]))
            {
                return (null, "hub.lease_seconds must be one whole number of seconds.");
            }

            // A number too long for a long is a request for the longest lease.
            requested = long.TryParse(leaseValues[0], NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) ? seconds : long.MaxValue;
            if (requested == 0)
            {
                return (null, "hub.lease_seconds must be more than 0.");
            }
        }

        string? secret = null;
        if (form.TryGetValue("hub.secret", out var secretValues))
        {
            if (secretValues.Count != 1 || string.IsNullOrEmpty(secretValues[0]))
            {
                return (null, "hub.secret must be given once and not be empty.");
            }

            secret = secretValues[0]!;
            if (Encoding.UTF8.GetByteCount(secret) >= SecretBytesLimit)
            {
                return (null, $"hub.secret must be less than {SecretBytesLimit} bytes.");
            }
        }

        return (new WebSubRequest(mode, topic!, callback!, options.GrantSeconds(requested), secret), null);
    }

    private static string? Single(IFormCollection form, string name, out string? value)
    {
        value = null;
        if (!form.TryGetValue(name, out var values) || StringValues.IsNullOrEmpty(values))
        {
            return $"{name} is required.";
        }

        if (values.Count != 1)
        {
            return $"{name} must be given once.";
        }

        value = values[0];
        return null;
    }

    private static string? Url(IFormCollection form, string name, out Uri? url)
    {
        url = null;
        if (Single(form, name, out var text) is { } refusal)
        {
            return refusal;
        }

        if (text!.Length > MaxUrlLength
            || !Uri.TryCreate(text, UriKind.Absolute, out var parsed)
            || (parsed.Scheme != Uri.UriSchemeHttp && parsed.Scheme != Uri.UriSchemeHttps)
            || parsed.Fragment.Length > 0
            || parsed.UserInfo.Length > 0)
        {
            return $"{name} must be an absolute http or https URL without a fragment or credentials.";
        }

        url = parsed;
        return null;
    }

    private static bool IsDigits(string? text) => !string.IsNullOrEmpty(text) && text.All(char.IsAsciiDigit);
}
