using System.CommandLine;

namespace Syndication.Cli.Partners;

/// <summary><c>syndication partners …</c>: the partners file, one subcommand per task.</summary>
internal static class PartnersCommand
{
    internal static Command Create() => new("partners", "Check the partners file, add a partner's API key.")
    {
        PartnersCheckCommand.Create(),
        PartnersAddKeyCommand.Create(),
    };
}
