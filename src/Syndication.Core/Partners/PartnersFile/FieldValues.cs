using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Syndication.Core.Json;

namespace Syndication.Core.Partners.PartnersFile;

/// <summary>Reads the values of a partners file's properties as the types they should be, reporting those that are not.</summary>
internal static partial class FieldValues
{
    private const string DurationShape = "a duration written like \"00:00:02\" ([d.]hh:mm:ss[.fffffff])";

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

    /// <summary>
    /// A duration as a TimeSpan string in its constant form (<c>00:00:02</c>, <c>1.00:00:00</c>,
    /// <c>00:00:00.5</c>) from <paramref name="minimum"/> to <paramref name="maximum"/>, or null (reported).
    /// </summary>
    /// <remarks>
    /// Only the form with hours, minutes and seconds is taken: TimeSpan's parser reads "2" as two days and
    /// "00:05" as five minutes, and a person who wrote either meant something else as often as not.
    /// </remarks>
    public static TimeSpan? Duration(LocatedNode node, string name, TimeSpan minimum, TimeSpan maximum, PartnersFileErrors errors)
    {
        if (node is not LocatedScalar { Kind: JsonValueKind.String, Text: { } text })
        {
            errors.Add(node, $"'{name}' must be {DurationShape}, not {PartnersFileErrors.Describe(node)}");
            return null;
        }

        if (!DurationText().IsMatch(text) || !TimeSpan.TryParseExact(text, "c", CultureInfo.InvariantCulture, out var duration))
        {
            errors.Add(node, $"'{name}' must be {DurationShape}, not \"{text}\"");
            return null;
        }

        if (duration < minimum || duration > maximum)
        {
            errors.Add(node, $"'{name}' must be from {Written(minimum)} to {Written(maximum)}, not {text}");
            return null;
        }

        return duration;
    }

    /// <summary>A duration as the partners file writes it, without the trailing zeros of its fraction.</summary>
    public static string Written(TimeSpan duration)
    {
        var text = duration.ToString("c", CultureInfo.InvariantCulture);
        return text.LastIndexOf('.') > text.LastIndexOf(':') ? text.TrimEnd('0') : text;
    }

    /// <summary>A number above 0 and at most 1, or null (reported).</summary>
    public static double? Ratio(LocatedNode node, string name, PartnersFileErrors errors)
    {
        if (node is not LocatedScalar { Kind: JsonValueKind.Number, Text: { } text }
            || !double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var ratio) || ratio <= 0 || ratio > 1)
        {
            errors.Add(node, $"'{name}' must be a number above 0 and at most 1, not {(node is LocatedScalar { Kind: JsonValueKind.Number, Text: { } number } ? number : PartnersFileErrors.Describe(node))}");
            return null;
        }

        return ratio;
    }

    [GeneratedRegex(@"^(\d+\.)?\d{1,2}:\d{2}:\d{2}(\.\d{1,7})?$", RegexOptions.CultureInvariant)]
    private static partial Regex DurationText();
}
