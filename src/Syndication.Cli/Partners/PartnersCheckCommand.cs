using System.CommandLine;
using Syndication.Core.Partners.PartnersFile;

namespace Syndication.Cli.Partners;

/// <summary>
/// <c>syndication partners check FILE</c>: every error in a partners file, one line each, exit code 1; or
/// <c>ok: 3 partners, 7 feeds</c>, exit code 0.
/// </summary>
internal static class PartnersCheckCommand
{
    internal static Command Create()
    {
        var file = new Argument<string>("FILE") { Description = "The partners file to check." };
        var command = new Command("check", "Check a partners file; prints FILE:LINE:COL: message for each error.") { file };
        command.SetAction(parse => Run(parse.GetValue(file)!));
        return command;
    }

    private static int Run(string file)
    {
        if (!PartnersFileText.TryRead(file, out var text))
        {
            return 1;
        }

        var result = PartnersFileParser.Parse(text);
        if (result.Directory is not { } directory)
        {
            PartnersFileErrorLines.Print(file, result.Errors);
            return 1;
        }

        var feeds = directory.Partners.Sum(partner => partner.Feeds.Count);
        Console.Out.WriteLine($"ok: {Count(directory.Partners.Count, "partner")}, {Count(feeds, "feed")}");
        return 0;
    }

    private static string Count(int count, string noun) => $"{count} {noun}{(count == 1 ? "" : "s")}";
}
