using System.Xml.Linq;

namespace Syndication.Core.Formats.NewsMlG2;

/// <summary>Tells media items from text ones by <c>itemMeta/itemClass</c>.</summary>
internal static class G2ItemClass
{
    /// <summary>
    /// The nature codes of items that are not text, whatever alias the scheme is given: IPTC's
    /// <c>ninat:</c> or Reuters' <c>icls:</c>, which map to the same NewsCodes.
    /// </summary>
    private static readonly HashSet<string> s_media = new(StringComparer.OrdinalIgnoreCase)
    {
        "picture", "video", "graphic", "audio", "animated", "interactive",
    };

    /// <summary>True when the item is a picture, video, graphic or other media; <paramref name="qcode"/> says which.</summary>
    public static bool IsMedia(XElement? itemMeta, out string? qcode)
    {
        var itemClass = itemMeta?.Child("itemClass");
        qcode = itemClass?.AttributeText("qcode");
        return itemClass.QCodeValue() is { } nature && s_media.Contains(nature);
    }
}
