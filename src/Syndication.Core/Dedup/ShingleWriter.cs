using System.Runtime.CompilerServices;

namespace Syndication.Core.Dedup;

/// <summary>Writes the shingle hashes one after another into a span.</summary>
internal ref struct ShingleWriter(Span<ulong> destination) : IShingleSink
{
    private readonly Span<ulong> _destination = destination;

    /// <summary>The hashes written.</summary>
    public int Count { get; private set; }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(ulong shingle) => _destination[Count++] = shingle;
}
