namespace Syndication.Cli.Bench;

/// <summary>
/// One pipeline run's clock: when its partitions were assigned (a <see cref="System.Diagnostics.Stopwatch"/>
/// timestamp), how long it took from then until every story was stored, and the CPU time the process
/// (pipeline, embedded broker and all) spent meanwhile.
/// </summary>
internal readonly record struct PipelineTiming(long AssignedAt, TimeSpan Elapsed, TimeSpan Cpu);
