namespace Syndication.Cli.Bench;

/// <summary>How hard and how long wrk loads one target: its threads, open connections and duration.</summary>
internal readonly record struct WrkLoad(int Threads, int Connections, TimeSpan Duration);
