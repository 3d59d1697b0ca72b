namespace Syndication.Cli.Import;

/// <summary>
/// The <c>&lt;REUTERS …&gt;…&lt;/REUTERS&gt;</c> records of the Reuters-21578 files (<c>reut2-*.sgm</c>),
/// each as its bytes stand in the file: no decoding, so the worker sees the collection's own quirks.
/// </summary>
internal static class ReutersRecords
{
    private const string FilePattern = "reut2-*.sgm";

    private static ReadOnlySpan<byte> StartTag => "<REUTERS "u8;

    private static ReadOnlySpan<byte> EndTag => "</REUTERS>"u8;

    /// <summary>The collection's files in <paramref name="directory"/>, in name order.</summary>
    internal static IReadOnlyList<string> Files(string directory)
    {
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"No such directory: {directory}");
        }

        var files = Directory.GetFiles(directory, FilePattern).Order(StringComparer.Ordinal).ToList();
        return files.Count > 0 ? files : throw new FileNotFoundException($"No {FilePattern} files in {directory}.");
    }

    /// <summary>
    /// The records of one file's <paramref name="bytes"/>, from each start tag to its end tag; a record whose
    /// end tag is missing runs to the next start tag or the end of the file.
    /// </summary>
    internal static List<byte[]> Split(ReadOnlySpan<byte> bytes)
    {
        var records = new List<byte[]>();
        var start = bytes.IndexOf(StartTag);
        while (start >= 0)
        {
            var rest = bytes[start..];
            var next = rest[StartTag.Length..].IndexOf(StartTag);
            var limit = next < 0 ? rest.Length : next + StartTag.Length;
            var end = rest[..limit].IndexOf(EndTag);
            var length = end < 0 ? limit : end + EndTag.Length;
            records.Add(rest[..length].ToArray());
            start = next < 0 ? -1 : start + next + StartTag.Length;
        }

        return records;
    }
}
