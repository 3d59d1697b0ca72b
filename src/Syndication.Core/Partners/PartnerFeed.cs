namespace Syndication.Core.Partners;

/// <summary>One feed a partner reads: its name (unique within the partner), its format and which stories it carries.</summary>
public sealed record PartnerFeed(string Name, FeedFormat Format, StoryFilter Filter);
