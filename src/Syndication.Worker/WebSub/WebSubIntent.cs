namespace Syndication.Worker.WebSub;

/// <summary>A request the hub accepted (202) and has yet to verify with the subscriber.</summary>
/// <param name="PartnerId">The partner whose key made the request.</param>
/// <param name="Feed">The partner's feed that the topic is.</param>
/// <param name="Request">What was asked.</param>
public sealed record WebSubIntent(string PartnerId, string Feed, WebSubRequest Request);
