using System.Text;
using Syndication.Core.Decoding;
using Syndication.Core.Stories;

namespace Syndication.Benchmarks;

/// <summary>Real inputs for the benchmarks, read from the shared folder beside the repository.</summary>
internal static class BenchmarkInputs
{
    internal static byte[] Seed() => Shared("seed/000_9aadec0767a7df4a.txt");

    /// <summary>A file under the shared folder, by its path relative to it ("corpora/superdesk/nitf/aap.xml").</summary>
    internal static byte[] Shared(string relativePath) => File.ReadAllBytes(Path.Combine(SharedFolder(), relativePath));

    /// <summary>
    /// The 925 stories of Reuters-21578's first file that have a body, decoded as the worker decodes them:
    /// real copy, each different, for the benchmarks that must not let the branch predictor learn one input.
    /// </summary>
    internal static IEnumerable<Story> ReutersStories()
    {
        var text = Encoding.Latin1.GetString(Shared("corpora/reuters21578/reut2-000.sgm"));
        for (var start = text.IndexOf("<REUTERS ", StringComparison.Ordinal); start >= 0; start = text.IndexOf("<REUTERS ", start + 1, StringComparison.Ordinal))
        {
            var end = text.IndexOf("</REUTERS>", start, StringComparison.Ordinal) + "</REUTERS>".Length;
            if (StoryDecoder.Decode(Encoding.Latin1.GetBytes(text[start..end])).Story is { Paragraphs.Count: > 0 } story)
            {
                yield return story;
            }
        }
    }

    /// <summary>Each of <see cref="ReutersStories"/> as a desk would push it as plain copy: headline, dateline, body.</summary>
    internal static IEnumerable<byte[]> ReutersPlainCopy() =>
        ReutersStories().Select(story => Encoding.UTF8.GetBytes(
            $"{story.Headline}\n\n{story.Dateline}{(story.Dateline is null ? "" : " - ")}{string.Join("\n\n", story.Paragraphs)}\n"));

    private static string SharedFolder()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Syndication.sln")))
            {
                return Path.Combine(directory.FullName, "..", "shared");
            }
        }

        throw new InvalidOperationException("Syndication.sln not found above " + AppContext.BaseDirectory);
    }
}
