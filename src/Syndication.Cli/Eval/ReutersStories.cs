using Syndication.Cli.Import;
using Syndication.Core.Decoding;
using Syndication.Core.Stories;

namespace Syndication.Cli.Eval;

/// <summary>The stories of the Reuters-21578 collection, each record decoded as the worker would decode it.</summary>
internal static class ReutersStories
{
    /// <summary>Every record that decodes to one story, in file and record order; the others (no body) are skipped.</summary>
    internal static List<Story> Read(string directory)
    {
        var stories = new List<Story>();
        foreach (var file in ReutersRecords.Files(directory))
        {
            foreach (var record in ReutersRecords.Split(File.ReadAllBytes(file)))
            {
                if (StoryDecoder.Decode(record).Story is { } story)
                {
                    stories.Add(story);
                }
            }
        }

        return stories;
    }
}
