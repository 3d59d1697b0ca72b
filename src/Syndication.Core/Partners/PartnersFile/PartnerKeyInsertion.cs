using System.Text;
using Syndication.Core.Json;

namespace Syndication.Core.Partners.PartnersFile;

/// <summary>
/// Adds a key hash to a partner's <c>keys</c> in the text of a partners file, changing nothing else: its
/// comments, order, indentation and other values stay as they were.
/// </summary>
/// <remarks>
/// Implementation note: a rewrite through <c>JsonNode</c> would be shorter, but it drops the comments the
/// file allows, and re-indents a file people edit by hand. The new hash goes after the last key, on a line
/// of its own indented like it when the keys are one to a line, else on the same line; when the partner has
/// no <c>keys</c> yet, a <c>"keys"</c> property goes after its last property the same way.
/// </remarks>
public static class PartnerKeyInsertion
{
    /// <param name="text">The partners file, valid (see <see cref="PartnersFileParser"/>).</param>
    /// <param name="partnerId">The partner's id, compared ignoring case.</param>
    /// <param name="hash">The key's hash (<see cref="PartnerKey.Hash"/>).</param>
    /// <exception cref="ArgumentException">The file is not valid JSON or has no such partner.</exception>
    public static string Insert(string text, string partnerId, string hash)
    {
        ArgumentNullException.ThrowIfNull(partnerId);
        if (!PartnerKey.TryParseHash(hash, out _))
        {
            throw new ArgumentException($"'{hash}' is not a key hash.", nameof(hash));
        }

        if (!LocatedJsonReader.TryRead(text, out var root, out var syntax))
        {
            throw new ArgumentException($"The file is not valid JSON: {syntax!.Message}", nameof(text));
        }

        var partner = FindPartner(root!, partnerId) ?? throw new ArgumentException($"The file has no partner '{partnerId}'.", nameof(partnerId));
        var utf8 = Encoding.UTF8.GetBytes(text);
        var quoted = "\"" + hash + "\"";
        var keys = partner.Properties.LastOrDefault(property => property.Name == "keys")?.Value as LocatedArray;
        var edits = keys switch
        {
            { Items.Count: 0 } => [(keys.Start + 1, quoted)],
            not null => Append(utf8, keys.Items[^1], keys.Position.Line, quoted),
            null => Append(utf8, partner.Properties[^1].Value, partner.Position.Line, "\"keys\": [" + quoted + "]"),
        };
        var result = new List<byte>(utf8.Length + 128);
        var copied = 0;
        foreach (var (offset, insertion) in edits)
        {
            result.AddRange(utf8.AsSpan(copied, offset - copied));
            result.AddRange(Encoding.UTF8.GetBytes(insertion));
            copied = offset;
        }

        result.AddRange(utf8.AsSpan(copied));
        return Encoding.UTF8.GetString([.. result]);
    }

    private static LocatedObject? FindPartner(LocatedNode root, string partnerId) =>
        ((root as LocatedObject)?.Properties.FirstOrDefault(property => property.Name == "partners")?.Value as LocatedArray)?.Items
            .OfType<LocatedObject>()
            .FirstOrDefault(partner => partner.Properties.Any(property =>
                property.Name == "id" && property.Value is LocatedScalar { Text: { } id } && string.Equals(id.Trim(), partnerId, StringComparison.OrdinalIgnoreCase)));

    // The insertions, in order, that put `item` after `last`, the last value of a container opened on
    // `openLine`.
    private static (int Offset, string Text)[] Append(byte[] utf8, LocatedNode last, int openLine, string item)
    {
        if (last.Position.Line == openLine)
        {
            return [(last.End, ", " + item)];
        }

        var lineStart = Array.LastIndexOf(utf8, (byte)'\n', Math.Max(0, last.Start - 1)) + 1;
        var indent = Encoding.UTF8.GetString(utf8, lineStart, last.Start - lineStart);
        indent = indent[..(indent.Length - indent.TrimStart(' ', '\t').Length)];
        var lineEnd = Array.IndexOf(utf8, (byte)'\n', last.End);
        lineEnd = lineEnd < 0 ? utf8.Length : lineEnd;
        if (lineEnd > 0 && utf8[lineEnd - 1] == '\r')
        {
            lineEnd--;
        }

        // After the last value, its line holds nothing, a comma, a // comment, or both: the new item goes
        // at the end of that line, so a comment stays beside what it was written about.
        var rest = Encoding.UTF8.GetString(utf8, last.End, lineEnd - last.End).Trim();
        var hasComma = rest.StartsWith(',');
        var afterComma = (hasComma ? rest[1..] : rest).TrimStart();
        if (afterComma.Length == 0 || afterComma.StartsWith("//", StringComparison.Ordinal))
        {
            var newline = lineEnd < utf8.Length && utf8[lineEnd] == '\r' ? "\r\n" : "\n";
            return hasComma
                ? [(lineEnd, newline + indent + item)]
                : [(last.End, ","), (lineEnd, newline + indent + item)];
        }

        return [(last.End, ",\n" + indent + item)];
    }
}
