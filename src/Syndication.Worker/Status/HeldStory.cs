namespace Syndication.Worker.Status;

/// <summary>A story exclusive to an organisation no partner is known as, waiting for an operator to route it.</summary>
public sealed record HeldStory(string ItemId, string StoryId, string Headline, string? ExclusiveTo, DateTimeOffset StoredAt)
{
    /// <summary>The command that releases it to a partner.</summary>
    public string RouteCommand => $"syndication route {ItemId} PARTNER";
}
