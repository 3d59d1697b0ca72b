namespace Syndication.Core.Stories;

/// <summary>A person named on a story, with what they did for it.</summary>
public sealed record Contributor(string Name, ContributorRole Role);
