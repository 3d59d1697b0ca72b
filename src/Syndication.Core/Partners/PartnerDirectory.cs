using System.Runtime.Intrinsics;
using System.Security.Cryptography;
using System.Text;

namespace Syndication.Core.Partners;

/// <summary>
/// The partners, found by id, by API key and by the names stories give them. Immutable: a changed partners
/// file makes a new directory.
/// </summary>
/// <remarks>
/// Implementation note: <see cref="FindByKey"/> compares the presented key's SHA-256 with every stored
/// one and does not stop at a match, so the time it takes says neither how much of a hash matched nor
/// whose key it was. Each comparison ORs the XOR of both 16-byte halves and tests the result once, so
/// it has no early exit either: <see cref="CryptographicOperations.FixedTimeEquals"/> does the same a
/// byte at a time, but is compiled without optimization on purpose and cost 100 ns per stored hash (21 µs
/// among 100 partners of two keys, against under a microsecond for this scan; see PartnerBenchmarks).
/// Vector128 rather than Vector256: it is hardware-accelerated on x64 and Arm64 alike, where a Vector256
/// comparison may be emulated as two halves with a short-circuit between them. A dictionary keyed by hash
/// would be faster with many thousands of keys, at the price of a lookup whose time depends on the hash.
/// </remarks>
public sealed class PartnerDirectory
{
    private readonly Dictionary<string, Partner> _byId = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Partner> _byName = new(StringComparer.Ordinal);
    private readonly byte[] _digests;
    private readonly Partner[] _digestOwners;

    /// <exception cref="ArgumentException">Two partners share an id, a name or a key, a key hash is malformed, or a partner names an undefined template.</exception>
    public PartnerDirectory(IEnumerable<Partner> partners, IEnumerable<PartnerTemplate> templates)
    {
        ArgumentNullException.ThrowIfNull(partners);
        ArgumentNullException.ThrowIfNull(templates);
        Partners = [.. partners];
        Templates = templates.ToDictionary(template => template.Name, StringComparer.Ordinal);
        var owners = new List<Partner>();
        var digests = new List<byte>();
        var seenDigests = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var partner in Partners)
        {
            if (!_byId.TryAdd(partner.Id, partner))
            {
                throw new ArgumentException($"Two partners have the id '{partner.Id}'.", nameof(partners));
            }

            if (partner.StoryFormat.TemplateName is { } template && !Templates.ContainsKey(template))
            {
                throw new ArgumentException($"Partner '{partner.Id}' names the template '{template}', which is not defined.", nameof(partners));
            }

            foreach (var name in partner.KnownAs)
            {
                var normalized = OrganisationName.Normalize(name);
                if (_byName.TryGetValue(normalized, out var other) && !ReferenceEquals(other, partner))
                {
                    throw new ArgumentException($"Partners '{other.Id}' and '{partner.Id}' are both known as '{name}'.", nameof(partners));
                }

                _byName[normalized] = partner;
            }

            foreach (var hash in partner.KeyHashes)
            {
                if (!PartnerKey.TryParseHash(hash, out var digest) || !seenDigests.Add(hash))
                {
                    throw new ArgumentException($"Partner '{partner.Id}' has a malformed or repeated key hash.", nameof(partners));
                }

                digests.AddRange(digest);
                owners.Add(partner);
            }
        }

        _digests = [.. digests];
        _digestOwners = [.. owners];
    }

    public IReadOnlyList<Partner> Partners { get; }

    /// <summary>The templates partners' <c>template:NAME</c> formats refer to, by name.</summary>
    public IReadOnlyDictionary<string, PartnerTemplate> Templates { get; }

    public Partner? Find(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return _byId.GetValueOrDefault(id);
    }

    /// <summary>The partner one of whose keys is <paramref name="key"/>, or null.</summary>
    public Partner? FindByKey(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        Span<byte> presented = stackalloc byte[SHA256.HashSizeInBytes];
        var length = Encoding.UTF8.GetByteCount(key);
        Span<byte> bytes = length <= 256 ? stackalloc byte[length] : new byte[length];
        Encoding.UTF8.GetBytes(key, bytes);
        SHA256.HashData(bytes, presented);
        var wantedLow = Vector128.Create<byte>(presented);
        var wantedHigh = Vector128.Create<byte>(presented[16..]);
        var found = -1;
        for (var i = 0; i < _digestOwners.Length; i++)
        {
            var stored = _digests.AsSpan(i * SHA256.HashSizeInBytes, SHA256.HashSizeInBytes);
            var difference = (Vector128.Create<byte>(stored) ^ wantedLow) | (Vector128.Create<byte>(stored[16..]) ^ wantedHigh);
            found = difference == Vector128<byte>.Zero ? i : found;
        }

        return found < 0 ? null : _digestOwners[found];
    }

    /// <summary>The partner known as <paramref name="name"/> (compared as <see cref="OrganisationName"/> says), or null.</summary>
    public Partner? FindByName(string name) => _byName.GetValueOrDefault(OrganisationName.Normalize(name));
}
