namespace Syndication.Worker.Telemetry;

/// <summary>The <c>syndication.format</c> value of a story's format: one of a fixed few, so a metric's series stay few.</summary>
public static class WireFormatLabel
{
    public const string Unknown = "unknown";

    /// <param name="storyFormat">A story's <c>Format</c>, as the decoders (internal to Core) write it.</param>
    public static string Of(string? storyFormat) => storyFormat switch
    {
        "plain" => "plain",
        "ninjs" => "ninjs",
        "nitf" => "nitf",
        "newsmlg2" => "newsml-g2",
        "iptc7901" => "iptc7901",
        "reuters-sgml" => "reuters-sgml",
        "rss" or "atom" => "feed",
        _ => Unknown,
    };
}
