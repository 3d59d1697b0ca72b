using System.CommandLine;
using Spectre.Console;
using Syndication.Worker.Configuration;

namespace Syndication.Cli.Push;

/// <summary>
/// The options that say where stories go, shared by every command that sends them: <c>--bootstrap
/// HOST:PORT</c> (straight to Kafka, held back by the worker group's lag) or <c>--url URL</c> (through
/// the worker's <c>POST /ingest</c>).
/// </summary>
internal sealed class StorySenderOptions
{
    /// <summary>Unread bytes per partition above which sending waits; under the embedded broker's ~5 MB.</summary>
    private const long MaxUnreadBytesPerPartition = 2 * 1024 * 1024;

    private readonly Option<string?> _bootstrap = new("--bootstrap") { Description = "Produce straight to this Kafka cluster (HOST:PORT)." };
    private readonly Option<string?> _url = new("--url") { Description = "Send through the worker's POST /ingest at this base URL." };
    private readonly Option<string> _group = new("--group")
    {
        Description = "The worker's consumer group, whose lag holds --bootstrap pushes back.",
        DefaultValueFactory = _ => "syndication",
    };

    /// <summary>Adds the options to <paramref name="command"/>, with a validator that wants exactly one destination.</summary>
    internal void AddTo(Command command)
    {
        command.Options.Add(_bootstrap);
        command.Options.Add(_url);
        command.Options.Add(_group);
        command.Validators.Add(result =>
        {
            if ((result.GetValue(_bootstrap) is null) == (result.GetValue(_url) is null))
            {
                result.AddError("Give exactly one of --bootstrap HOST:PORT or --url http://HOST:PORT.");
            }
            else if (result.GetValue(_bootstrap) is { } servers && !BootstrapServerList.IsValid(servers))
            {
                result.AddError($"--bootstrap must be HOST:PORT[,HOST:PORT…], got '{servers}'.");
            }
            else if (result.GetValue(_url) is { } address && !IsHttpUrl(address))
            {
                result.AddError($"--url must be an absolute http(s) URL such as http://127.0.0.1:8080, got '{address}'.");
            }
        });
    }

    /// <summary>The sender the parsed options name.</summary>
    internal IStorySender CreateSender(ParseResult parse, IAnsiConsole console) =>
        parse.GetValue(_bootstrap) is { } servers
            ? new KafkaStorySender(servers, new ConsumerLagGate(servers, parse.GetValue(_group)!, MaxUnreadBytesPerPartition,
                unread => console.MarkupLine($"[yellow]waiting: the worker is {unread / 1024} KiB behind on a partition[/]")))
            : new HttpStorySender(WithTrailingSlash(parse.GetValue(_url)!));

    private static bool IsHttpUrl(string address) =>
        Uri.TryCreate(address, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    /// <summary>The worker's base address, so that "ingest" resolves beneath any path prefix it has.</summary>
    private static Uri WithTrailingSlash(string address) => new(address.EndsWith('/') ? address : address + "/");
}
