using Syndication.Core.Json;

namespace Syndication.Core.Partners.PartnersFile;

/// <summary>Reads one of a partner's <c>"feeds": [ { "name", "format", "filter" } ]</c>.</summary>
internal static class PartnerFeedReader
{
    private static readonly string[] s_properties = ["name", "format", "filter"];

    /// <param name="node">The feed's object.</param>
    /// <param name="names">The partner's feed names so far: a feed's name is unique within its partner.</param>
    /// <param name="errors">Where errors go.</param>
    /// <returns>The feed, or null when it has errors (reported).</returns>
    public static PartnerFeed? Read(LocatedNode node, FirstClaims names, PartnersFileErrors errors)
    {
        var before = errors.Count;
        var fields = ObjectFields.Read(node, "a feed", s_properties, errors);
        if (fields is null)
        {
            return null;
        }

        var nameNode = fields.Required("name");
        var name = nameNode is null ? null : FieldValues.Identifier(nameNode, "feed name", errors);
        if (nameNode is not null && name is not null && names.Claim(name, name, nameNode) is { } first)
        {
            errors.Add(nameNode, $"feed name '{name}' is already used by this partner's feed on line {first.Node.Position.Line}");
        }

        var format = fields.Required("format") is { } formatNode ? Format(formatNode, errors) : null;
        var filter = StoryFilterReader.Read(fields.Optional("filter"), errors);
        return errors.Count == before ? new PartnerFeed(name!, format!.Value, filter!) : null;
    }

    private static FeedFormat? Format(LocatedNode node, PartnersFileErrors errors)
    {
        var text = FieldValues.Text(node, "format", errors);
        FeedFormat? format = text switch
        {
            null => null,
            "rss" => FeedFormat.Rss,
            "atom" => FeedFormat.Atom,
            "jsonfeed" => FeedFormat.JsonFeed,
            _ => null,
        };
        if (text is not null && format is null)
        {
            errors.Add(node, $"unknown feed format '{text}': use rss, atom or jsonfeed");
        }

        return format;
    }
}
