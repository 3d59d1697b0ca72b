using Syndication.Core.Json;

namespace Syndication.Core.Partners.PartnersFile;

/// <summary>
/// What must be unique across all partners of a file, and the errors when it is not: ids (ignoring case),
/// the names stories give them (as <see cref="OrganisationName"/> compares them), and key hashes.
/// </summary>
internal sealed class PartnerClaims(PartnersFileErrors errors)
{
    private readonly FirstClaims _ids = new(StringComparer.OrdinalIgnoreCase);
    private readonly FirstClaims _names = new(StringComparer.Ordinal);
    private readonly FirstClaims _keys = new(StringComparer.OrdinalIgnoreCase);

    public void ClaimId(string id, LocatedNode node)
    {
        if (_ids.Claim(id, id, node) is { } first)
        {
            errors.Add(node, $"partner id '{id}' is already used by the partner on line {first.Node.Position.Line}");
        }
    }

    public void ClaimName(string name, string partnerId, LocatedNode node)
    {
        var normalized = OrganisationName.Normalize(name);
        if (normalized.Length == 0)
        {
            errors.Add(node, $"'{name}' is not a name a story could give");
        }
        else if (_names.Claim(normalized, partnerId, node) is { } first && first.Owner != partnerId)
        {
            errors.Add(node, $"'{name}' is already a name of partner '{first.Owner}' (line {first.Node.Position.Line}): a story exclusive to it could go to only one of them");
        }
    }

    public void ClaimKey(string hash, string partnerId, LocatedNode node)
    {
        if (_keys.Claim(hash, partnerId, node) is { } first)
        {
            errors.Add(node, $"this key hash is already listed for partner '{first.Owner}' on line {first.Node.Position.Line}: each key belongs to one partner, once");
        }
    }
}
