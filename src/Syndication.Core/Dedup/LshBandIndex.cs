using System.Numerics;
using System.Runtime.CompilerServices;

namespace Syndication.Core.Dedup;

/// <summary>
/// Finds, among the stories added, the one whose body is most similar to a given story's, when their
/// estimated Jaccard similarity is at least the <see cref="Threshold"/>: locality-sensitive hashing over
/// the bands of <see cref="MinHashSignature"/>s (see <see cref="LshBands"/> for the S-curve).
/// </summary>
/// <remarks>
/// <para>
/// Not thread-safe: one thread adds, removes and looks up (the worker's store writer). A lookup changes
/// nothing, but an add may grow the tables under a concurrent reader.
/// </para>
/// <para>
/// Implementation note: memory is what limits an index of a week of wires, so nothing is boxed and
/// nothing is kept per story but flat arrays indexed by a slot number. Per story: its key (8 bytes), the
/// low 16 bits of the first <see cref="CompactRows"/> minimums (128 bytes), which give both the band keys
/// and the confirming estimate (two different minimums agree on them with probability 2^-16, which the
/// estimate ignores), a slot in the key table (4 bytes at load ≤ 0.75) and one in each band's table. Those
/// are open-addressing tables of 32-bit entries, the slot number in the high 24 bits and 8 bits of the
/// band key's hash in the low 8, probed linearly, so a lookup touches one cache line per band and reads
/// a story's minimums only when those 8 bits agree. A removal shifts the entries after it back rather than
/// leaving tombstones, so tables never fill with the dead of evicted days. Slots are allocated in
/// pages of 4,096; tables grow to a load of 0.5 when they pass 0.75: 205 to 240 bytes per story.
/// </para>
/// </remarks>
public sealed class LshBandIndex
{
    /// <summary>The most stories an index holds: slot numbers are 24 bits.</summary>
    public const int MaxStories = (1 << 24) - 2;

    /// <summary>The minimums kept per story; the bands use the first <c>Bands × Rows</c>, the estimate all.</summary>
    public const int CompactRows = 64;

    private const double MaxLoad = 0.75;
    private const double LoadAfterGrowth = 0.5;
    private const int MinCapacity = 1024;

    // Slots live in pages of 4,096, so growing costs neither a copy nor, unlike doubling, up to half again
    // of the 136 bytes a slot takes.
    private const int PageShift = 12;
    private const int PageSize = 1 << PageShift;

    private readonly uint[][] _bandTables;
    private int[] _keyTable;
    private readonly List<long[]> _storyKeyPages = [];
    private readonly List<ushort[]> _minimumPages = [];
    private int[] _freeSlots = [];
    private int _freeCount;
    private int _slotsUsed;

    /// <param name="threshold">The least estimated Jaccard similarity of a near duplicate, in (0, 1]; 0.5 by default.</param>
    /// <param name="capacity">The stories expected, so a rebuild does not grow the tables on the way; 0 lets them grow.</param>
    public LshBandIndex(double threshold = 0.5, int capacity = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(capacity, MaxStories);
        Bands = LshBands.ForThreshold(threshold);
        Threshold = threshold;
        var tableCapacity = TableCapacity(Math.Max(MinCapacity, capacity), MaxLoad);
        _bandTables = new uint[Bands.Bands][];
        for (var band = 0; band < Bands.Bands; band++)
        {
            _bandTables[band] = new uint[tableCapacity];
        }

        _keyTable = new int[tableCapacity];
    }

    public double Threshold { get; }

    public LshBands Bands { get; }

    /// <summary>The stories indexed.</summary>
    public int Count { get; private set; }

    /// <summary>
    /// Indexes <paramref name="signature"/> under <paramref name="storyKey"/>, replacing what that key had.
    /// An empty signature (a body without words) is not indexed: it would match nothing.
    /// </summary>
    public void Add(long storyKey, MinHashSignature signature)
    {
        ArgumentNullException.ThrowIfNull(signature);
        Remove(storyKey);
        if (signature.IsEmpty)
        {
            return;
        }

        if (Count >= MaxStories)
        {
            throw new InvalidOperationException($"The index holds {MaxStories} stories, the most it can; remove older ones first.");
        }

        if (Count + 1 > _keyTable.Length * MaxLoad)
        {
            GrowTables(TableCapacity(Count + 1, LoadAfterGrowth));
        }

        var slot = TakeSlot();
        StoryKey(slot) = storyKey;
        var minimums = Minimums(slot);
        for (var row = 0; row < CompactRows; row++)
        {
            minimums[row] = (ushort)signature.Minimums[row];
        }

        InsertKey(_keyTable, slot);
        for (var band = 0; band < Bands.Bands; band++)
        {
            InsertBand(_bandTables[band], band, slot);
        }

        Count++;
    }

    /// <summary>Removes the story added under <paramref name="storyKey"/>; false if there is none.</summary>
    public bool Remove(long storyKey)
    {
        var position = FindKey(storyKey);
        if (position < 0)
        {
            return false;
        }

        var slot = _keyTable[position] - 1;
        Delete(_keyTable, position, entry => KeyHome(StoryKey(entry - 1), _keyTable.Length));
        for (var band = 0; band < Bands.Bands; band++)
        {
            var table = _bandTables[band];
            var hash = BandHash(Minimums(slot), band);
            var entry = Entry(slot, hash);
            var at = Home(hash, table.Length);
            while (table[at] != entry)
            {
                at = Next(at, table.Length);
            }

            var bandNumber = band;
            Delete(table, at, other => Home(BandHash(Minimums(SlotOf(other)), bandNumber), table.Length));
        }

        if (_freeCount == _freeSlots.Length)
        {
            Array.Resize(ref _freeSlots, Math.Max(16, _freeSlots.Length * 2));
        }

        _freeSlots[_freeCount++] = slot;
        Count--;
        return true;
    }

    /// <summary>Whether a story was added under <paramref name="storyKey"/> (with a signature that was not empty).</summary>
    public bool Contains(long storyKey) => FindKey(storyKey) >= 0;

    /// <summary>
    /// The indexed story most similar to <paramref name="signature"/>, if its estimated Jaccard similarity
    /// is at least <see cref="Threshold"/>; of equally similar ones, the one with the smallest key.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // See StoryDecoder: called once per stored story.
    public NearDuplicate? FindBest(MinHashSignature signature)
    {
        ArgumentNullException.ThrowIfNull(signature);
        if (signature.IsEmpty || Count == 0)
        {
            return null;
        }

        Span<ushort> query = stackalloc ushort[CompactRows];
        for (var row = 0; row < CompactRows; row++)
        {
            query[row] = (ushort)signature.Minimums[row];
        }

        // Implementation note: every band's first probe misses the cache in a large index, so all are
        // read before any is looked at: the loads do not depend on each other and the misses overlap
        // rather than queue.
        Span<ulong> hashes = stackalloc ulong[Bands.Bands];
        Span<uint> firstEntries = stackalloc uint[Bands.Bands];
        for (var band = 0; band < Bands.Bands; band++)
        {
            hashes[band] = BandHash(query, band);
            firstEntries[band] = _bandTables[band][Home(hashes[band], _bandTables[band].Length)];
        }

        Span<int> compared = stackalloc int[Bands.Bands * 2];
        var comparedCount = 0;
        var bestSlot = -1;
        var bestAgreeing = (int)Math.Ceiling(Threshold * CompactRows) - 1;
        for (var band = 0; band < Bands.Bands; band++)
        {
            var table = _bandTables[band];
            var fingerprint = (byte)hashes[band];
            var rows = query.Slice(band * Bands.Rows, Bands.Rows);
            if (firstEntries[band] == 0)
            {
                continue;
            }

            for (var at = Home(hashes[band], table.Length); table[at] != 0; at = Next(at, table.Length))
            {
                var slot = SlotOf(table[at]);
                if ((byte)table[at] != fingerprint || !rows.SequenceEqual(Minimums(slot).Slice(band * Bands.Rows, Bands.Rows))
                    || compared[..comparedCount].Contains(slot))
                {
                    continue;
                }

                if (comparedCount < compared.Length)
                {
                    compared[comparedCount++] = slot;
                }

                var agreeing = Agreeing(query, Minimums(slot));
                if (agreeing > bestAgreeing || (agreeing == bestAgreeing && bestSlot >= 0 && StoryKey(slot) < StoryKey(bestSlot)))
                {
                    bestAgreeing = agreeing;
                    bestSlot = slot;
                }
            }
        }

        return bestSlot < 0 ? null : new NearDuplicate(StoryKey(bestSlot), (double)bestAgreeing / CompactRows);
    }

    private static int TableCapacity(int stories, double load) => Math.Max(16, (int)Math.Min(Array.MaxLength, Math.Ceiling(stories / load) + 1));

    // Fast range reduction (Lemire): the high 32 bits of the hash scaled to the table, so any capacity will do.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Home(ulong hash, int capacity) => (int)(((hash >> 32) * (ulong)(uint)capacity) >> 32);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Next(int at, int capacity) => at + 1 == capacity ? 0 : at + 1;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Entry(int slot, ulong hash) => ((uint)(slot + 1) << 8) | (byte)hash;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int SlotOf(uint entry) => (int)(entry >> 8) - 1;

    private static int KeyHome(long storyKey, int capacity) => Home(BodyShingles.Mix((ulong)storyKey), capacity);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong BandHash(ReadOnlySpan<ushort> minimums, int band)
    {
        var key = 0UL;
        var rows = minimums.Slice(band * LshBands.RowsPerBand, LshBands.RowsPerBand);
        foreach (var row in rows)
        {
            key = (key << 16) ^ row;
        }

        return BodyShingles.Mix(key ^ ((ulong)band << 56));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Agreeing(ReadOnlySpan<ushort> a, ReadOnlySpan<ushort> b)
    {
        var agreeing = Vector<ushort>.Zero;
        for (var i = 0; i < CompactRows; i += Vector<ushort>.Count)
        {
            agreeing -= Vector.Equals(new Vector<ushort>(a[i..]), new Vector<ushort>(b[i..]));
        }

        return Vector.Sum(agreeing);
    }

    /// <summary>Empties <paramref name="table"/>[<paramref name="at"/>] and moves back the entries after it that would no longer be found.</summary>
    private static void Delete<T>(T[] table, int at, Func<T, int> home)
        where T : struct, IEquatable<T>
    {
        var hole = at;
        for (var next = Next(at, table.Length); !table[next].Equals(default); next = Next(next, table.Length))
        {
            // An entry may move into the hole unless its home lies cyclically in (hole, next].
            var entryHome = home(table[next]);
            var reachable = hole <= next ? hole < entryHome && entryHome <= next : hole < entryHome || entryHome <= next;
            if (!reachable)
            {
                table[hole] = table[next];
                hole = next;
            }
        }

        table[hole] = default;
    }

    private Span<ushort> Minimums(int slot) => _minimumPages[slot >> PageShift].AsSpan((slot & (PageSize - 1)) * CompactRows, CompactRows);

    private ref long StoryKey(int slot) => ref _storyKeyPages[slot >> PageShift][slot & (PageSize - 1)];

    private int FindKey(long storyKey)
    {
        for (var at = KeyHome(storyKey, _keyTable.Length); _keyTable[at] != 0; at = Next(at, _keyTable.Length))
        {
            if (StoryKey(_keyTable[at] - 1) == storyKey)
            {
                return at;
            }
        }

        return -1;
    }

    private void InsertKey(int[] table, int slot)
    {
        var at = KeyHome(StoryKey(slot), table.Length);
        while (table[at] != 0)
        {
            at = Next(at, table.Length);
        }

        table[at] = slot + 1;
    }

    private void InsertBand(uint[] table, int band, int slot)
    {
        var hash = BandHash(Minimums(slot), band);
        var at = Home(hash, table.Length);
        while (table[at] != 0)
        {
            at = Next(at, table.Length);
        }

        table[at] = Entry(slot, hash);
    }

    private int TakeSlot()
    {
        if (_freeCount > 0)
        {
            return _freeSlots[--_freeCount];
        }

        if (_slotsUsed == _storyKeyPages.Count * PageSize)
        {
            _storyKeyPages.Add(new long[PageSize]);
            _minimumPages.Add(new ushort[PageSize * CompactRows]);
        }

        return _slotsUsed++;
    }

    private void GrowTables(int capacity)
    {
        var live = _keyTable;
        _keyTable = new int[capacity];
        for (var band = 0; band < Bands.Bands; band++)
        {
            _bandTables[band] = new uint[capacity];
        }

        foreach (var entry in live)
        {
            if (entry != 0)
            {
                InsertKey(_keyTable, entry - 1);
                for (var band = 0; band < Bands.Bands; band++)
                {
                    InsertBand(_bandTables[band], band, entry - 1);
                }
            }
        }
    }
}
