using System.Xml.Linq;

namespace Syndication.Core.Formats.NewsMlG2;

/// <summary>The <c>contentMeta/headline</c> elements sorted by their role.</summary>
/// <param name="Main">A headline with no role or the main role; the first one when there are several (languages, ranks).</param>
/// <param name="Sub">A sub-headline (<c>hld:subHeadline</c>, ANSA).</param>
/// <param name="Kicker">A kicker or overline.</param>
internal sealed record G2Headlines(string? Main, string? Sub, string? Kicker)
{
    public static G2Headlines Read(XElement? contentMeta)
    {
        string? main = null, sub = null, kicker = null;
        if (contentMeta is null)
        {
            return new G2Headlines(null, null, null);
        }

        foreach (var headline in contentMeta.Children("headline"))
        {
            var text = headline.Text();
            var role = RoleValue(headline.AttributeText("role"));
            switch (role)
            {
                case null or "main" or "headline" or "hl1":
                    main ??= text;
                    break;
                case "sub" or "subheadline" or "subhead" or "subtitle" or "hl2" or "deck":
                    sub ??= text;
                    break;
                case "kicker" or "overline" or "kick":
                    kicker ??= text;
                    break;
            }
        }

        return new G2Headlines(main, sub, kicker);
    }

    /// <summary>The role code after its scheme alias, lower-case: "subheadline" for "hld:subHeadline".</summary>
    private static string? RoleValue(string? role) =>
        role is null ? null : role[(role.IndexOf(':', StringComparison.Ordinal) + 1)..].ToLowerInvariant();
}
