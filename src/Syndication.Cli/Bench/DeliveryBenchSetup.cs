namespace Syndication.Cli.Bench;

/// <summary>One configuration the delivery bench compares: its name, its partners and the partners file that names them.</summary>
internal sealed record DeliveryBenchSetup(string Name, IReadOnlyList<string> Partners, string PartnersFile);
