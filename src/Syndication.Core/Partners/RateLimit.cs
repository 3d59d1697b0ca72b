namespace Syndication.Core.Partners;

/// <summary>How many requests a partner may make.</summary>
/// <param name="PerMinute">Requests per minute, above zero.</param>
public sealed record RateLimit(int PerMinute);
