using System.CommandLine;
using System.Runtime.CompilerServices;
using Spectre.Console;
using Syndication.Cli.Push;

namespace Syndication.Cli.Import;

/// <summary>
/// <c>syndication import reuters DIR [--bootstrap HOST:PORT | --url URL]</c>: pushes every record of the
/// Reuters-21578 collection as one story, through the same senders and lag hold-back as <c>push</c>.
/// </summary>
internal static class ReutersImportCommand
{
    internal static Command Create()
    {
        var directory = new Argument<string>("directory") { Description = "The folder holding the collection's reut2-*.sgm files." };
        var destination = new StorySenderOptions();
        var command = new Command("reuters", "Push every <REUTERS> record of the Reuters-21578 collection as one story.") { directory };
        destination.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var files = ReutersRecords.Files(parse.GetValue(directory)!);
            var count = 0;
            foreach (var file in files)
            {
                count += ReutersRecords.Split(await File.ReadAllBytesAsync(file, cancellationToken).ConfigureAwait(false)).Count;
            }

            var console = AnsiConsole.Console;
            await using var sender = destination.CreateSender(parse, console);
            var summary = await StoryPusher.SendAllAsync(console, sender, count, ReadAsync(files, cancellationToken), cancellationToken).ConfigureAwait(false);
            return summary.Report(console, $"of {count} records from {files.Count} files");
        });
        return command;
    }

    // One file's records at a time: the collection is read twice (once to count for the progress bar) but
    // never held whole.
    private static async IAsyncEnumerable<PushItem> ReadAsync(IReadOnlyList<string> files, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var file in files)
        {
            var records = ReutersRecords.Split(await File.ReadAllBytesAsync(file, cancellationToken).ConfigureAwait(false));
            for (var i = 0; i < records.Count; i++)
            {
                yield return new PushItem($"{Path.GetFileName(file)} record {i + 1}", records[i]);
            }
        }
    }
}
