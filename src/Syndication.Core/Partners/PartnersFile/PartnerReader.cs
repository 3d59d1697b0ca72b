using Syndication.Core.Json;

namespace Syndication.Core.Partners.PartnersFile;

/// <summary>
/// Reads one partner: <c>{ "id", "name", "knownAs", "keys", "storyFormat", "feeds", "rateLimit", "push", "retry" }</c>.
/// Required: <c>id</c>, <c>name</c>, <c>storyFormat</c>.
/// </summary>
/// <remarks>
/// A new per-partner section (<c>"push"</c>, <c>"retry"</c>) is a name in <see cref="s_properties"/>, a
/// reader of its own beside this one, and a field of <see cref="Partner"/>.
/// </remarks>
internal static class PartnerReader
{
    private static readonly string[] s_properties = ["id", "name", "knownAs", "keys", "storyFormat", "feeds", "rateLimit", "push", "retry"];

    private static readonly string[] s_rateLimitProperties = ["perMinute"];

    /// <returns>The partner, or null when it has errors (reported).</returns>
    public static Partner? Read(LocatedNode node, IReadOnlyDictionary<string, PartnerTemplate> templates, PartnerClaims claims, PartnersFileErrors errors)
    {
        var before = errors.Count;
        var fields = ObjectFields.Read(node, "a partner", s_properties, errors);
        if (fields is null)
        {
            return null;
        }

        var idNode = fields.Required("id");
        var id = idNode is null ? null : FieldValues.Identifier(idNode, "partner id", errors);
        if (idNode is not null && id is not null)
        {
            claims.ClaimId(id, idNode);
        }

        // The names and keys are claimed for this partner even when its id is missing, so that their own
        // clashes are found in the same pass.
        var owner = id ?? node.Path;
        var name = fields.Required("name") is { } nameNode ? FieldValues.Text(nameNode, "name", errors) : null;
        var knownAs = KnownAs(fields.Optional("knownAs"), owner, claims, errors);
        var keys = Keys(fields.Optional("keys"), id, owner, claims, errors);
        var storyFormat = fields.Required("storyFormat") is { } formatNode ? StoryFormatOf(formatNode, templates, errors) : null;
        var feeds = Feeds(fields.Optional("feeds"), errors);
        var rateLimit = RateLimitOf(fields.Optional("rateLimit"), errors);
        var push = PushReader.Read(fields.Optional("push"), id, errors);
        var retry = RetryPolicyReader.Read(fields.Optional("retry"), errors);
        return errors.Count == before ? new Partner(id!, name!, knownAs, keys, storyFormat!, feeds, rateLimit, push, retry!) : null;
    }

    private static string[] KnownAs(LocatedNode? node, string owner, PartnerClaims claims, PartnersFileErrors errors)
    {
        var names = node is null ? [] : FieldValues.TextList(node, "knownAs", errors) ?? [];
        foreach (var (name, item) in names)
        {
            claims.ClaimName(name, owner, item);
        }

        return [.. names.Select(name => name.Text)];
    }

    private static string[] Keys(LocatedNode? node, string? id, string owner, PartnerClaims claims, PartnersFileErrors errors)
    {
        var hashes = new List<string>();
        foreach (var (text, item) in node is null ? [] : FieldValues.TextList(node, "keys", errors) ?? [])
        {
            if (!PartnerKey.TryParseHash(text, out _))
            {
                var addKey = $"run 'syndication partners add-key {id ?? "ID"}' to add one";
                errors.Add(item, text.StartsWith(PartnerKey.Prefix, StringComparison.Ordinal)
                    ? $"this looks like a key itself; keys are stored only as hashes ('{PartnerKey.HashPrefix}' and 64 hex digits): remove it, and {addKey}"
                    : $"a key must be stored as its hash, '{PartnerKey.HashPrefix}' and 64 hex digits, not '{text}': {addKey}");
                continue;
            }

            var hash = text.ToLowerInvariant();
            claims.ClaimKey(hash, owner, item);
            hashes.Add(hash);
        }

        return [.. hashes];
    }

    private static StoryFormat? StoryFormatOf(LocatedNode node, IReadOnlyDictionary<string, PartnerTemplate> templates, PartnersFileErrors errors)
    {
        var text = FieldValues.Text(node, "storyFormat", errors);
        if (text is null)
        {
            return null;
        }

        if (!StoryFormat.TryParse(text, out var format))
        {
            errors.Add(node, $"unknown story format '{text}': use ninjs, nitf, newsmlg2 or template:NAME");
            return null;
        }

        if (format.TemplateName is { } template && !templates.ContainsKey(template))
        {
            var defined = templates.Count == 0 ? "the file defines none" : "defined: " + string.Join(", ", templates.Keys.Order(StringComparer.Ordinal));
            errors.Add(node, $"template '{template}' is not defined under \"templates\" ({defined})");
            return null;
        }

        return format;
    }

    private static PartnerFeed[] Feeds(LocatedNode? node, PartnersFileErrors errors)
    {
        if (node is null)
        {
            return [];
        }

        if (node is not LocatedArray array)
        {
            errors.Add(node, $"'feeds' must be an array of feeds [ {{ \"name\", \"format\", \"filter\" }} ], not {PartnersFileErrors.Describe(node)}");
            return [];
        }

        var names = new FirstClaims(StringComparer.OrdinalIgnoreCase);
        return [.. array.Items.Select(item => PartnerFeedReader.Read(item, names, errors)).OfType<PartnerFeed>()];
    }

    private static RateLimit? RateLimitOf(LocatedNode? node, PartnersFileErrors errors)
    {
        var fields = node is null ? null : ObjectFields.Read(node, "a rate limit", s_rateLimitProperties, errors);
        var perMinute = fields?.Required("perMinute") is { } perMinuteNode
            ? FieldValues.WholeNumber(perMinuteNode, "perMinute", 1, int.MaxValue, "above 0", errors)
            : null;
        return perMinute is { } limit ? new RateLimit(limit) : null;
    }
}
