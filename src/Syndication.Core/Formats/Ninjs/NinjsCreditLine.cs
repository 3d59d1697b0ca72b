using System.Text.Json;

namespace Syndication.Core.Formats.Ninjs;

/// <summary>
/// The credit line of a ninjs 2.x or 3.x item: its <c>descriptions</c> entry with the role
/// <see cref="NinjsConventions.CreditLineRole"/>. ninjs has no credit property; this is where IPTC's own
/// examples put AP's.
/// </summary>
internal static class NinjsCreditLine
{
    public static string? Read(JsonElement item)
    {
        if (!item.TryGetProperty("descriptions", out var descriptions) || descriptions.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        foreach (var description in descriptions.EnumerateArray())
        {
            if (NinjsValues.Member(description, "role") == NinjsConventions.CreditLineRole
                && NinjsValues.Member(description, "value") is { Length: > 0 } credit)
            {
                return credit;
            }
        }

        return null;
    }
}
