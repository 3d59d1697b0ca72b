namespace Syndication.Core.Partners;

/// <summary>A partner's webhook: where each story is POSTed, and the secret its signature is made with.</summary>
/// <param name="Url">An absolute http or https URL.</param>
/// <param name="Secret">The HMAC-SHA256 key shared with the partner, at least <see cref="MinSecretLength"/> characters.</param>
public sealed record WebhookTarget(Uri Url, string Secret)
{
    public const int MinSecretLength = 16;

    /// <summary>The target without its secret, so that no log or message ever carries it.</summary>
    public override string ToString() => $"WebhookTarget {{ Url = {Url} }}";
}
