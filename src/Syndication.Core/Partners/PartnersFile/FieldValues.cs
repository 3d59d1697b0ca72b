using System.Globalization;
using System.Text.Json;
using Syndication.Core.Json;

namespace Syndication.Core.Partners.PartnersFile;

/// <summary>Reads the values of a partners file's properties as the types they should be, reporting those that are not.</summary>
internal static class FieldValues
{
    /// <summary>A non-blank string (trimmed), or null (reported) when it is something else.</summary>
    public static string? Text(LocatedNode node, string name, PartnersFileErrors errors)
    {
        if (node is not LocatedScalar { Kind: JsonValueKind.String, Text: { } text })
        {
            errors.Add(node, $"'{name}' must be a string, not {PartnersFileErrors.Describe(node)}");
            return null;
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            errors.Add(node, $"'{name}' must not be empty");
            return null;
        }

        return text.Trim();
    }

    /// <summary>A string that follows <see cref="PartnerIdentifier"/>'s rule.</summary>
    public static string? Identifier(LocatedNode node, string name, PartnersFileErrors errors)
    {
        var text = Text(node, name, errors);
        if (text is not null && !PartnerIdentifier.IsValid(text))
        {
            errors.Add(node, $"'{text}' is not a valid {name}: {PartnerIdentifier.Rule}");
            return null;
        }

        return text;
    }

    /// <summary>
    /// The items of an array, each a non-blank string (trimmed) with its node; null when the value is not an
    /// array. Items that are not strings are reported and left out.
    /// </summary>
    public static IReadOnlyList<(string Text, LocatedNode Node)>? TextList(LocatedNode node, string name, PartnersFileErrors errors)
    {
        if (node is not LocatedArray array)
        {
            errors.Add(node, $"'{name}' must be an array of strings [\"…\"], not {PartnersFileErrors.Describe(node)}");
            return null;
        }

        var items = new List<(string, LocatedNode)>(array.Items.Count);
        foreach (var item in array.Items)
        {
            if (Text(item, name + "[]", errors) is { } text)
            {
                items.Add((text, item));
            }
        }

        return items;
    }

    /// <summary>An integer in <paramref name="minimum"/>..<paramref name="maximum"/>, or null (reported).</summary>
    public static int? WholeNumber(LocatedNode node, string name, int minimum, int maximum, string range, PartnersFileErrors errors)
    {
        if (node is not LocatedScalar { Kind: JsonValueKind.Number, Text: { } text })
        {
            errors.Add(node, $"'{name}' must be a whole number {range}, not {PartnersFileErrors.Describe(node)}");
            return null;
        }

        if (!long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) || number < minimum || number > maximum)
        {
            errors.Add(node, $"'{name}' must be a whole number {range}, not {text}");
            return null;
        }

        return (int)number;
    }
}
