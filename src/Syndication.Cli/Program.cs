using System.CommandLine;
using Syndication.Cli.Bench;
using Syndication.Cli.Broker;
using Syndication.Cli.DeadLetters;
using Syndication.Cli.Eval;
using Syndication.Cli.Import;
using Syndication.Cli.Operators;
using Syndication.Cli.Partners;
using Syndication.Cli.Push;
using Syndication.Cli.Route;

var root = new RootCommand("syndication: run the embedded broker, push stories, import collections, measure the pipeline and its parts, manage the partners file, route held stories, list and replay dead letters.")
{
    BrokerCommand.Create(),
    PushCommand.Create(),
    ImportCommand.Create(),
    BenchCommand.Create(),
    EvalCommand.Create(),
    PartnersCommand.Create(),
    RouteCommand.Create(),
    OperatorsCommand.Create(),
    DlqCommand.Create(),
};
return await root.Parse(args).InvokeAsync();
