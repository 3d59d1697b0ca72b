using System.CommandLine;
using System.Runtime.CompilerServices;
using Spectre.Console;

namespace Syndication.Cli.Push;

/// <summary>
/// <c>syndication push FILE|DIR… [--bootstrap HOST:PORT | --url URL]</c>: sends each file as one story to
/// <c>wire.stories.raw</c>, with a progress bar and a summary.
/// </summary>
internal static class PushCommand
{
    internal static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Files (one story each) and directories of them.", Arity = ArgumentArity.OneOrMore };
        var destination = new StorySenderOptions();
        var command = new Command("push", "Push story files to the worker's raw topic.") { paths };
        destination.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var files = StoryFiles.Expand(parse.GetValue(paths)!);
            var console = AnsiConsole.Console;
            await using var sender = destination.CreateSender(parse, console);
            var summary = await StoryPusher.SendAllAsync(console, sender, files.Count, ReadAsync(files, cancellationToken), cancellationToken).ConfigureAwait(false);
            return summary.Report(console, $"of {files.Count} files");
        });
        return command;
    }

    private static async IAsyncEnumerable<PushItem> ReadAsync(IReadOnlyList<string> files, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var file in files)
        {
            yield return new PushItem(file, await File.ReadAllBytesAsync(file, cancellationToken).ConfigureAwait(false));
        }
    }
}
