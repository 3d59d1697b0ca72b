using System.CommandLine;
using Syndication.Cli.Store;

namespace Syndication.Cli.DeadLetters;

/// <summary>
/// <c>syndication dlq list|show|replay</c>: the dead letters of <c>wire.stories.dlq</c> and
/// <c>wire.deliveries.dlq</c>, read from the start to the end of each topic without a consumer group.
/// </summary>
internal static class DlqCommand
{
    internal static Command Create() => new("dlq", "List, show and replay dead-lettered stories and deliveries.")
    {
        List(),
        Show(),
        Replay(),
    };

    private static Option<string> Bootstrap() => new("--bootstrap") { Description = "The Kafka broker, HOST:PORT.", Required = true };

    private static Command List()
    {
        var bootstrap = Bootstrap();
        var filter = new DeadLetterFilterOptions();
        var command = new Command("list", "One line per dead letter.") { bootstrap };
        filter.AddTo(command);
        command.SetAction(parse =>
        {
            using var reader = new DeadLetterReader(parse.GetValue(bootstrap)!);
            foreach (var letter in Select(reader, filter.Filter(parse)))
            {
                Console.WriteLine(DeadLetterText.Line(letter));
            }

            return 0;
        });
        return command;
    }

    private static Command Show()
    {
        var id = new Argument<string>("ID") { Description = "A dead letter's id as list writes it: stories:P@O or deliveries:P@O." };
        var bootstrap = Bootstrap();
        var command = new Command("show", "Everything in one dead letter.") { id, bootstrap };
        command.SetAction(parse =>
        {
            using var reader = new DeadLetterReader(parse.GetValue(bootstrap)!);
            if (Find(reader, parse.GetValue(id)!) is not { } letter)
            {
                return 1;
            }

            Console.Write(DeadLetterText.Full(letter));
            return 0;
        });
        return command;
    }

    private static Command Replay()
    {
        var ids = new Argument<string[]>("ID") { Description = "Dead letters' ids as list writes them.", Arity = ArgumentArity.ZeroOrMore };
        var all = new Option<bool>("--all") { Description = "Every dead letter the filters select, instead of ids." };
        var bootstrap = Bootstrap();
        var store = new Option<string?>("--store") { Description = "The store, for deliveries; by default Storage__Path, else data/syndication.db." };
        var filter = new DeadLetterFilterOptions();
        var command = new Command("replay", "Send dead letters again, the way they first went.") { ids, all, bootstrap, store };
        filter.AddTo(command);
        command.Validators.Add(result =>
        {
            var hasIds = result.GetValue(ids) is { Length: > 0 };
            if (hasIds == result.GetValue(all))
            {
                result.AddError("Give dead letters' ids, or --all (with the list filters), not both.");
            }
        });
        command.SetAction(async (parse, cancellationToken) =>
        {
            using var reader = new DeadLetterReader(parse.GetValue(bootstrap)!);
            List<DeadLetter> letters;
            if (parse.GetValue(all))
            {
                letters = [.. Select(reader, filter.Filter(parse))];
            }
            else
            {
                // Every id is looked up before anything is replayed: a typo replays nothing.
                var found = parse.GetValue(ids)!.Select(text => Find(reader, text)).ToList();
                if (found.Any(letter => letter is null))
                {
                    return 1;
                }

                letters = [.. found.OfType<DeadLetter>()];
            }

            using var replay = new DeadLetterReplay(parse.GetValue(bootstrap)!, StoreLocation.Resolve(parse.GetValue(store)));
            var failed = 0;
            foreach (var letter in letters)
            {
                var (replayed, text) = await replay.ReplayAsync(letter, cancellationToken).ConfigureAwait(false);
                (replayed ? Console.Out : Console.Error).WriteLine(text);
                failed += replayed ? 0 : 1;
            }

            Console.WriteLine($"replayed {letters.Count - failed} of {letters.Count} dead letters");
            return failed == 0 ? 0 : 1;
        });
        return command;
    }

    private static IEnumerable<DeadLetter> Select(DeadLetterReader reader, DeadLetterFilter filter) =>
        filter.Topics.SelectMany(reader.ReadAll).Where(filter.Admits);

    /// <summary>The dead letter at the id; null, with the reason on standard error, when there is none.</summary>
    private static DeadLetter? Find(DeadLetterReader reader, string text)
    {
        if (DeadLetterId.Parse(text) is not { } id)
        {
            Console.Error.WriteLine($"'{text}' is not a dead letter's id (stories:P@O or deliveries:P@O).");
            return null;
        }

        var letter = reader.Find(id);
        if (letter is null)
        {
            Console.Error.WriteLine($"No dead letter {id}.");
        }

        return letter;
    }
}
