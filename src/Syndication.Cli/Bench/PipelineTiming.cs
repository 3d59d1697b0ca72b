namespace Syndication.Cli.Bench;

/// <summary>One pipeline run's clock: when its partitions were assigned (a <see cref="System.Diagnostics.Stopwatch"/> timestamp) and how long it took from then until every story was stored.</summary>
internal readonly record struct PipelineTiming(long AssignedAt, TimeSpan Elapsed);
