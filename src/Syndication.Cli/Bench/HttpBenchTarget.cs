namespace Syndication.Cli.Bench;

/// <summary>One URL the HTTP bench loads, with the fixed headers every request of it carries.</summary>
internal sealed record HttpBenchTarget(string Name, Uri Uri, IReadOnlyList<string> Headers);
