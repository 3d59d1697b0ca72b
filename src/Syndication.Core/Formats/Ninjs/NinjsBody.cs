using System.Text.Json;

namespace Syndication.Core.Formats.Ninjs;

/// <summary>
/// The body of a ninjs item: its markup when it has a marked-up body (preferred, for its structure), or
/// else its plain text split into paragraphs at line breaks.
/// </summary>
internal readonly record struct NinjsBody(string? Html, IReadOnlyList<string> Paragraphs)
{
    public bool IsEmpty => Html is null && Paragraphs.Count == 0;

    public static NinjsBody Read(JsonElement item, NinjsGeneration generation, NinjsDeviations deviations)
    {
        var one = generation == NinjsGeneration.One;
        var body = one ? FromProperties(item) : FromBodies(item, deviations);
        if (!body.IsEmpty)
        {
            return body;
        }

        // The other generation's body, where a sender mixed them up.
        body = one ? FromBodies(item, new NinjsDeviations()) : FromProperties(item);
        if (!body.IsEmpty)
        {
            var name = one ? "bodies" : "body_*";
            deviations.Add(name,
                $"The body is in \"{name}\", which ninjs {(int)generation}.x does not define; read as the body.");
        }

        return body;
    }

    /// <summary>ninjs 1.x: <c>body_html</c>, <c>body_xhtml</c>, <c>body_richtext</c>, <c>body_text</c>, <c>body_main</c>, any <c>body_*</c>.</summary>
    private static NinjsBody FromProperties(JsonElement item)
    {
        string? html = null, text = null;
        var htmlRank = int.MaxValue;
        var textRank = int.MaxValue;
        foreach (var property in item.EnumerateObject())
        {
            if (!property.Name.StartsWith("body_", StringComparison.Ordinal) || property.Value.ValueKind != JsonValueKind.String)
            {
                continue;
            }

            var suffix = property.Name[5..];
            var value = property.Value.GetString()!;
            var rank = suffix switch
            {
                "html" or "text" => 0,
                "xhtml" or "main" => 1,
                _ => 2,
            };
            if (suffix.Contains("html", StringComparison.Ordinal) || suffix == "richtext")
            {
                if (rank < htmlRank && value.Length > 0)
                {
                    (html, htmlRank) = (value, rank);
                }
            }
            else if (rank < textRank && value.Length > 0)
            {
                (text, textRank) = (value, rank);
            }
        }

        return html is not null ? new NinjsBody(html, []) : new NinjsBody(null, Split(text));
    }

    /// <summary>ninjs 2.x and 3.x: <c>bodies</c>, a list of values with a role and a content type.</summary>
    private static NinjsBody FromBodies(JsonElement item, NinjsDeviations deviations)
    {
        if (!item.TryGetProperty("bodies", out var bodies))
        {
            return new NinjsBody(null, []);
        }

        if (bodies.ValueKind == JsonValueKind.String)
        {
            deviations.Add("bodies", "\"bodies\" should be a list of objects, not a string; the string was read as the body.");
            var value = bodies.GetString()!;
            return LooksLikeMarkup(value) ? new NinjsBody(value, []) : new NinjsBody(null, Split(value));
        }

        if (bodies.ValueKind != JsonValueKind.Array)
        {
            deviations.Add("bodies", $"\"bodies\" should be a list of objects, not {NinjsValues.Article(bodies.ValueKind)}; no body read from it.");
            return new NinjsBody(null, []);
        }

        string? html = null, text = null;
        foreach (var entry in bodies.EnumerateArray())
        {
            var value = NinjsValues.Member(entry, "value");
            if (string.IsNullOrEmpty(value))
            {
                continue;
            }

            switch (KindOf(entry, value))
            {
                case BodyKind.Html:
                    html ??= value;
                    break;
                case BodyKind.Text:
                    text ??= value;
                    break;
            }
        }

        return html is not null ? new NinjsBody(html, []) : new NinjsBody(null, Split(text));
    }

    private static BodyKind KindOf(JsonElement entry, string value)
    {
        // 2.x spells it contenttype, 3.x contentType.
        var contentType = NinjsValues.Member(entry, "contentType") ?? NinjsValues.Member(entry, "contenttype");
        if (contentType is not null)
        {
            return contentType.Contains("html", StringComparison.OrdinalIgnoreCase) ? BodyKind.Html
                : contentType.StartsWith("text/plain", StringComparison.OrdinalIgnoreCase) ? BodyKind.Text
                : BodyKind.Other;
        }

        var role = NinjsValues.Member(entry, "role") ?? string.Empty;
        return role.Contains("html", StringComparison.OrdinalIgnoreCase) || role == "richtext" ? BodyKind.Html
            : role.Contains("nitf", StringComparison.OrdinalIgnoreCase) ? BodyKind.Other
            : LooksLikeMarkup(value) ? BodyKind.Html
            : BodyKind.Text;
    }

    private static bool LooksLikeMarkup(string value) => value.TrimStart().StartsWith('<');

    private static string[] Split(string? text) =>
        text is null ? [] : text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    private enum BodyKind
    {
        Html,
        Text,
        Other,
    }
}
