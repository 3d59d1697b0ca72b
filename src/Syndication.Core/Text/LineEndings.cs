namespace Syndication.Core.Text;

/// <summary>Brings CRLF (Windows) and CR (old Mac, some wire terminals) line ends to LF.</summary>
internal static class LineEndings
{
    public static string ToLineFeeds(string text) =>
        text.Contains('\r') ? text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n') : text;
}
