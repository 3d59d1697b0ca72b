using System.CommandLine;
using System.Globalization;
using Syndication.Core.Dedup;

namespace Syndication.Cli.Eval;

/// <summary>
/// <c>syndication eval dedup [--threshold T] [--pairs N] [--corpus DIR]</c>: near-duplicate detection on
/// re-keyed copies and same-day, same-topic stories of Reuters-21578 (see <see cref="DedupEvalSet"/>).
/// </summary>
/// <remarks>
/// For each threshold, the originals are added to a real <see cref="LshBandIndex"/> for that threshold
/// and every other story is looked up in it. A copy is found when the lookup returns its original; a
/// different story is wrongly called a duplicate when the lookup returns anything. Beside the index, the
/// same pairs judged by their exact Jaccard similarity and by the estimate of the full 64-minimum
/// signatures show what banding and the compact minimums cost. The last line is the index's precision
/// and recall at the chosen threshold.
/// </remarks>
internal static class DedupEvalCommand
{
    private static readonly double[] s_thresholds = [0.3, 0.4, 0.5, 0.6, 0.7, 0.8];

    internal static Command Create()
    {
        var threshold = new Option<double>("--threshold") { Description = "The Jaccard threshold to report precision and recall for.", DefaultValueFactory = _ => 0.5 };
        var pairs = new Option<int>("--pairs") { Description = "Near-duplicate pairs, and as many different pairs.", DefaultValueFactory = _ => 300 };
        var corpus = new Option<string>("--corpus")
        {
            Description = "The folder of the Reuters-21578 reut2-*.sgm files.",
            DefaultValueFactory = _ => Path.Combine("..", "shared", "corpora", "reuters21578"),
        };
        threshold.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<double>() is <= 0 or > 1)
            {
                result.AddError("--threshold must be above 0 and at most 1.");
            }
        });
        pairs.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 1 or > 5000)
            {
                result.AddError("--pairs must be between 1 and 5000.");
            }
        });
        var command = new Command("dedup", "Measure near-duplicate detection on re-keyed copies of Reuters-21578 stories.") { threshold, pairs, corpus };
        command.SetAction(parse =>
        {
            Run(parse.GetValue(corpus)!, parse.GetValue(pairs), parse.GetValue(threshold));
            return 0;
        });
        return command;
    }

    private static void Run(string corpus, int pairCount, double chosen)
    {
        var stories = ReutersStories.Read(corpus);
        var pairs = DedupEvalSet.Build(stories, pairCount);
        var duplicates = pairs.Count(pair => pair.IsDuplicate);
        Print($"{duplicates} re-keyed copies and {pairs.Count - duplicates} different stories of the same day and topic, from {stories.Count:N0} Reuters-21578 stories of {DedupEvalSet.MinWords}+ words (seed {DedupEvalSet.Seed})");

        var signatures = new Dictionary<long, MinHashSignature>();
        var exact = new List<double>();
        var estimated = new List<double>();
        foreach (var pair in pairs)
        {
            signatures.TryAdd(pair.OriginalKey, MinHashSignature.Of(pair.Original));
            exact.Add(BodyShingles.Jaccard(BodyShingles.Set(pair.Original.Paragraphs), BodyShingles.Set(pair.Other.Paragraphs)));
            estimated.Add(signatures[pair.OriginalKey].EstimateJaccard(MinHashSignature.Of(pair.Other)));
        }

        var others = pairs.Select(pair => MinHashSignature.Of(pair.Other)).ToList();
        PrintSimilarities(pairs, exact, estimated);

        Print($"{"threshold",9} {"bands",5} {"rows",4} {"P(t)",5} | index:  TP   FP   FN   TN  prec   rec | exact:  TP   FP   FN   TN  prec   rec | estimate: TP  FP   FN   TN  prec   rec");
        var thresholds = s_thresholds.Contains(chosen) ? s_thresholds : [.. s_thresholds.Append(chosen).Order()];
        Confusion? chosenIndex = null;
        foreach (var threshold in thresholds)
        {
            var index = new LshBandIndex(threshold);
            foreach (var (key, signature) in signatures)
            {
                index.Add(key, signature);
            }

            var byIndex = new Confusion();
            var byExact = new Confusion();
            var byEstimate = new Confusion();
            for (var i = 0; i < pairs.Count; i++)
            {
                var found = index.FindBest(others[i]);
                if (pairs[i].IsDuplicate && found is { } match && match.StoryKey != pairs[i].OriginalKey)
                {
                    byIndex.AddWrongLink();
                }
                else
                {
                    byIndex.Add(pairs[i].IsDuplicate, found is not null);
                }

                byExact.Add(pairs[i].IsDuplicate, exact[i] >= threshold);
                byEstimate.Add(pairs[i].IsDuplicate, estimated[i] >= threshold);
            }

            Print($"{threshold,9:F2} {index.Bands.Bands,5} {index.Bands.Rows,4} {index.Bands.CandidateProbability(threshold),5:F3} | {byIndex}   | {byExact}   | {byEstimate}");
            if (threshold == chosen)
            {
                chosenIndex = byIndex;
                PrintMistakes(pairs, others, exact, index);
            }
        }

        Print($"precision {chosenIndex!.Precision:F3} recall {chosenIndex.Recall:F3}");
    }

    private static void PrintSimilarities(List<DedupPair> pairs, List<double> exact, List<double> estimated)
    {
        var copies = pairs.Select((pair, i) => (pair, i)).Where(p => p.pair.IsDuplicate).Select(p => exact[p.i]).Order().ToList();
        var different = pairs.Select((pair, i) => (pair, i)).Where(p => !p.pair.IsDuplicate).Select(p => exact[p.i]).Order().ToList();
        var error = exact.Zip(estimated, (e, m) => Math.Abs(e - m)).ToList();
        Print($"exact Jaccard of copies: min {copies[0]:F2}, 5th percentile {Percentile(copies, 0.05):F2}, median {Percentile(copies, 0.5):F2}");
        Print($"exact Jaccard of different stories: median {Percentile(different, 0.5):F2}, 95th percentile {Percentile(different, 0.95):F2}, max {different[^1]:F2}");
        Print($"64-minimum estimate vs exact: mean |error| {error.Average():F3}, max {error.Max():F3}");
    }

    private static void PrintMistakes(List<DedupPair> pairs, List<MinHashSignature> others, List<double> exact, LshBandIndex index)
    {
        for (var i = 0; i < pairs.Count; i++)
        {
            var found = index.FindBest(others[i]);
            var right = pairs[i].IsDuplicate ? found?.StoryKey == pairs[i].OriginalKey : found is null;
            if (!right)
            {
                Print($"  {(pairs[i].IsDuplicate ? "missed copy" : "wrong match")} of {pairs[i].Original.SourceId} ({pairs[i].How}, {pairs[i].Original.WordCount} words): exact {exact[i]:F2}, index {found?.EstimatedJaccard ?? 0:F2}");
            }
        }
    }

    private static double Percentile(List<double> sorted, double p) => sorted[(int)Math.Min(sorted.Count - 1, Math.Floor(p * sorted.Count))];

    private static void Print(FormattableString line) => Console.Out.WriteLine(line.ToString(CultureInfo.InvariantCulture));
}
