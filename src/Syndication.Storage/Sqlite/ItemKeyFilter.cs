namespace Syndication.Storage.Sqlite;

/// <summary>
/// A Bloom filter of the keys in <c>item_keys</c>: when it says a key is not there, the writer skips the
/// lookup, which is the case for nearly every new story. Written by the store's writer only.
/// </summary>
/// <remarks>
/// Implementation note: 16 bits per key and two probes (the key's two halves) keep false positives near
/// 1.5 %; a false positive only costs the lookup it would have made anyway. The filter is rebuilt twice
/// as large when the keys outgrow it, from the table itself.
/// </remarks>
internal sealed class ItemKeyFilter
{
    private const int BitsPerKey = 16;
    private const int MinBits = 1 << 16;

    private ulong[] _bits = new ulong[MinBits / 64];
    private int _count;

    /// <summary>The keys added; a filter this full for its size asks to be rebuilt larger.</summary>
    public bool IsFull => (long)_count * BitsPerKey > (long)_bits.Length * 64;

    /// <summary>Empties the filter and sizes it for <paramref name="expectedKeys"/>.</summary>
    public void Reset(long expectedKeys)
    {
        var bits = MinBits;
        while ((long)bits < expectedKeys * BitsPerKey * 2 && bits < (1 << 30))
        {
            bits <<= 1;
        }

        _bits = new ulong[bits / 64];
        _count = 0;
    }

    public void Add(long key)
    {
        var (first, second) = Probes(key);
        _bits[first >> 6] |= 1UL << (int)(first & 63);
        _bits[second >> 6] |= 1UL << (int)(second & 63);
        _count++;
    }

    /// <summary>False when the key is certainly not in the table; true when it may be.</summary>
    public bool MayContain(long key)
    {
        var (first, second) = Probes(key);
        return (_bits[first >> 6] & (1UL << (int)(first & 63))) != 0
            && (_bits[second >> 6] & (1UL << (int)(second & 63))) != 0;
    }

    private (ulong First, ulong Second) Probes(long key)
    {
        // Item keys are the leading bits of a SHA-256: their halves are already independent and uniform.
        var mask = (ulong)(_bits.Length * 64) - 1;
        return ((ulong)key & mask, ((ulong)key >> 32) & mask);
    }
}
