using System.CommandLine;

namespace Syndication.Cli.Import;

/// <summary><c>syndication import SOURCE …</c>: pushes the stories of a whole collection, one subcommand per collection.</summary>
internal static class ImportCommand
{
    internal static Command Create() => new("import", "Push a story collection to the worker's raw topic.")
    {
        ReutersImportCommand.Create(),
    };
}
