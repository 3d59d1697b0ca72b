using System.CommandLine;

namespace Syndication.Cli.Eval;

/// <summary><c>syndication eval …</c>: measures a part of the pipeline against labelled data, one subcommand per part.</summary>
internal static class EvalCommand
{
    internal static Command Create() => new("eval", "Measure a part of the pipeline against labelled data.")
    {
        DedupEvalCommand.Create(),
    };
}
