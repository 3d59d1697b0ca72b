using Syndication.Core.Formats.PlainCopy;
using Syndication.Core.Stories;

namespace Syndication.Core.Formats.Iptc7901;

/// <summary>
/// The people dpa names in the not-for-publication part of its copy: "- Reporting by: A in Berlin, B",
/// "- Editing by: C", a list that may wrap onto lines indented under it.
/// </summary>
internal static class Iptc7901Contacts
{
    private const string Reporting = "- Reporting by:";
    private const string Editing = "- Editing by:";

    /// <summary>The contributors named on <paramref name="lines"/>; reporters only when <paramref name="withReporters"/>.</summary>
    /// <remarks>
    /// Implementation note: the list is free text that runs on into phone numbers and addresses ("Rachel
    /// More, +49 30 ..."), so names are read up to the first entry that is not one. When the story has a
    /// byline, the reporters listed here repeat it (often with a newspaper's name as if it were a person's),
    /// so the caller leaves them out.
    /// </remarks>
    public static List<Contributor> Read(IReadOnlyList<string> lines, bool withReporters)
    {
        var contributors = new List<Contributor>();
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i].Trim();
            var role = line.StartsWith(Reporting, StringComparison.OrdinalIgnoreCase) ? ContributorRole.Reporter
                : line.StartsWith(Editing, StringComparison.OrdinalIgnoreCase) ? ContributorRole.Editor
                : (ContributorRole?)null;
            if (role is null || (role == ContributorRole.Reporter && !withReporters))
            {
                continue;
            }

            var list = line[(role == ContributorRole.Reporter ? Reporting.Length : Editing.Length)..];
            while (i + 1 < lines.Count && lines[i + 1].StartsWith("  ", StringComparison.Ordinal))
            {
                list += " " + lines[++i].Trim();
            }

            foreach (var listed in PersonNames.Split(list))
            {
                var at = listed.IndexOf(" in ", StringComparison.Ordinal);
                var name = at > 0 ? listed[..at] : listed;
                if (!PersonNames.IsPlausibleName(name))
                {
                    break;
                }

                contributors.Add(new Contributor(name, role.Value));
            }
        }

        return contributors;
    }
}
