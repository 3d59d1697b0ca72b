using Syndication.Core.Formats.Templates;
using Syndication.Core.Partners;

namespace Syndication.Worker.Partners;

/// <summary>One valid partners file as the worker uses it: its directory, rights routing and compiled templates.</summary>
/// <param name="Directory">The partners and their templates' definitions.</param>
/// <param name="Routing">Rights routing for these partners and the service's publisher.</param>
/// <param name="Templates">The file's templates, compiled, by name.</param>
/// <param name="Version">Counts the files taken into force since start; feed caches are keyed by it.</param>
public sealed record PartnersInForce(PartnerDirectory Directory, RightsRouting Routing, IReadOnlyDictionary<string, StoryTemplate> Templates, long Version);
