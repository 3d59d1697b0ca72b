using System.CommandLine;
using Spectre.Console;
using Syndication.Worker.Configuration;
using Syndication.Worker.Kafka;

namespace Syndication.Cli.Push;

/// <summary>
/// <c>syndication push FILE|DIR… [--bootstrap HOST:PORT | --url URL]</c>: sends each file as one story to
/// <c>wire.stories.raw</c>, with a progress bar and a summary.
/// </summary>
internal static class PushCommand
{
    /// <summary>Unread bytes per partition above which pushing waits; under the embedded broker's ~5 MB.</summary>
    private const long MaxUnreadBytesPerPartition = 2 * 1024 * 1024;

    /// <summary>Stories sent but not yet acknowledged, at most.</summary>
    private const int MaxPending = 1000;

    internal static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Files (one story each) and directories of them.", Arity = ArgumentArity.OneOrMore };
        var bootstrap = new Option<string?>("--bootstrap") { Description = "Produce straight to this Kafka cluster (HOST:PORT)." };
        var url = new Option<string?>("--url") { Description = "Send through the worker's POST /ingest at this base URL." };
        var group = new Option<string>("--group")
        {
            Description = "The worker's consumer group, whose lag holds --bootstrap pushes back.",
            DefaultValueFactory = _ => "syndication",
        };
        var command = new Command("push", "Push story files to the worker's raw topic.") { paths, bootstrap, url, group };
        command.Validators.Add(result =>
        {
            if ((result.GetValue(bootstrap) is null) == (result.GetValue(url) is null))
            {
                result.AddError("Give exactly one of --bootstrap HOST:PORT or --url http://HOST:PORT.");
            }
            else if (result.GetValue(bootstrap) is { } servers && !BootstrapServerList.IsValid(servers))
            {
                result.AddError($"--bootstrap must be HOST:PORT[,HOST:PORT…], got '{servers}'.");
            }
            else if (result.GetValue(url) is { } address && !IsHttpUrl(address))
            {
                result.AddError($"--url must be an absolute http(s) URL such as http://127.0.0.1:8080, got '{address}'.");
            }
        });
        command.SetAction(async (parse, cancellationToken) =>
        {
            var files = StoryFiles.Expand(parse.GetValue(paths)!);
            var console = AnsiConsole.Console;
            await using IStorySender sender = parse.GetValue(bootstrap) is { } servers
                ? new KafkaStorySender(servers, new ConsumerLagGate(servers, parse.GetValue(group)!, MaxUnreadBytesPerPartition,
                    unread => console.MarkupLine($"[yellow]waiting: the worker is {unread / 1024} KiB behind on a partition[/]")))
                : new HttpStorySender(WithTrailingSlash(parse.GetValue(url)!));
            var summary = await SendAllAsync(console, sender, files, cancellationToken).ConfigureAwait(false);
            console.MarkupLine($"pushed {summary.Sent} of {files.Count} files ({summary.Bytes} bytes) to {KafkaTopics.RawStories}; failed {summary.Failures.Count}");
            foreach (var failure in summary.Failures)
            {
                console.MarkupLineInterpolated($"[red]failed[/] {failure}");
            }

            return summary.Failures.Count == 0 ? 0 : 1;
        });
        return command;
    }

    private static bool IsHttpUrl(string address) =>
        Uri.TryCreate(address, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    /// <summary>The worker's base address, so that "ingest" resolves beneath any path prefix it has.</summary>
    private static Uri WithTrailingSlash(string address) => new(address.EndsWith('/') ? address : address + "/");

    private static async Task<PushSummary> SendAllAsync(IAnsiConsole console, IStorySender sender, IReadOnlyList<string> files, CancellationToken cancellationToken)
    {
        var summary = new PushSummary();
        await console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async context =>
            {
                var progress = context.AddTask("pushing", maxValue: files.Count);
                var pending = new List<(string File, int Length, Task<string?> Outcome)>();
                foreach (var file in files)
                {
                    var story = await File.ReadAllBytesAsync(file, cancellationToken).ConfigureAwait(false);
                    pending.Add((file, story.Length, await sender.SendAsync(story, cancellationToken).ConfigureAwait(false)));
                    if (pending.Count >= MaxPending)
                    {
                        await summary.CollectAsync(pending, progress).ConfigureAwait(false);
                    }
                }

                await summary.CollectAsync(pending, progress).ConfigureAwait(false);
            }).ConfigureAwait(false);
        return summary;
    }

    private sealed class PushSummary
    {
        public int Sent { get; set; }

        public long Bytes { get; set; }

        public List<string> Failures { get; } = [];

        public async Task CollectAsync(List<(string File, int Length, Task<string?> Outcome)> pending, ProgressTask progress)
        {
            foreach (var (file, length, outcome) in pending)
            {
                if (await outcome.ConfigureAwait(false) is { } failure)
                {
                    Failures.Add($"{file}: {failure}");
                }
                else
                {
                    Sent++;
                    Bytes += length;
                }

                progress.Increment(1);
            }

            pending.Clear();
        }
    }
}
