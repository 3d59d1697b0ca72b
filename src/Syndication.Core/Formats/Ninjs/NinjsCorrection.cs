using System.Text.Json;

namespace Syndication.Core.Formats.Ninjs;

/// <summary>
/// Whether a ninjs item says it corrects an earlier one: ninjs has no signals, so only a <c>genres</c>
/// entry with IPTC's correction signal (<see cref="NinjsConventions.CorrectionUri"/>, or its QCode) says so.
/// </summary>
internal static class NinjsCorrection
{
    public static bool Read(JsonElement item, string genres)
    {
        if (!item.TryGetProperty(genres, out var list) || list.ValueKind != JsonValueKind.Array)
        {
            return false;
        }

        foreach (var genre in list.EnumerateArray())
        {
            if (string.Equals(NinjsValues.Member(genre, "uri"), NinjsConventions.CorrectionUri, StringComparison.OrdinalIgnoreCase)
                || string.Equals(NinjsValues.Member(genre, "literal") ?? NinjsValues.Member(genre, "code"), NinjsConventions.CorrectionQCode, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
