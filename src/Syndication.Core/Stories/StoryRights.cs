namespace Syndication.Core.Stories;

/// <summary>Who may publish a story and on what terms.</summary>
/// <param name="ExclusiveTo">The one organisation the story is exclusive to ("Exclusive to NAME").</param>
/// <param name="Copyright">The copyright line, when the source gives one.</param>
/// <param name="UsageTerms">Free-text usage terms, when the source gives them.</param>
public sealed record StoryRights(string? ExclusiveTo, string? Copyright, string? UsageTerms)
{
    public static StoryRights None { get; } = new(null, null, null);
}
