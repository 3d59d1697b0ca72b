using System.Buffers.Binary;

namespace Syndication.Storage.NearDuplicates;

/// <summary>
/// The MinHash signatures a batch added to the near-duplicate index, as one row of
/// <c>signature_batches</c>: a 16-bit signature length, then each story's sequence (64 bits, little-endian)
/// and signature bytes.
/// </summary>
/// <remarks>
/// Implementation note: one row per story cost each new story an insert of its own, about a tenth of the
/// writer's time per story in <c>syndication bench</c>; one row per batch costs one insert per 500. The
/// window drops a batch only once all of it is older than the window, and the index skips what is older
/// as it loads.
/// </remarks>
internal static class SignatureBatch
{
    private const int HeaderLength = sizeof(ushort);

    public static byte[] Write(IReadOnlyList<(long Sequence, byte[] Signature)> entries)
    {
        var length = entries.Count == 0 ? 0 : entries[0].Signature.Length;
        var blob = new byte[HeaderLength + (entries.Count * (sizeof(long) + length))];
        BinaryPrimitives.WriteUInt16LittleEndian(blob, checked((ushort)length));
        var at = HeaderLength;
        foreach (var (sequence, signature) in entries)
        {
            if (signature.Length != length)
            {
                throw new ArgumentException("The signatures of one batch are all of one length.", nameof(entries));
            }

            BinaryPrimitives.WriteInt64LittleEndian(blob.AsSpan(at), sequence);
            signature.CopyTo(blob, at + sizeof(long));
            at += sizeof(long) + length;
        }

        return blob;
    }

    /// <summary>Calls <paramref name="each"/> with every sequence and signature in the row, in order.</summary>
    public static void Read(ReadOnlySpan<byte> blob, Action<long, ReadOnlySpan<byte>> each)
    {
        ArgumentNullException.ThrowIfNull(each);
        if (blob.Length < HeaderLength)
        {
            return;
        }

        var length = BinaryPrimitives.ReadUInt16LittleEndian(blob);
        for (var at = HeaderLength; at + sizeof(long) + length <= blob.Length; at += sizeof(long) + length)
        {
            each(BinaryPrimitives.ReadInt64LittleEndian(blob[at..]), blob.Slice(at + sizeof(long), length));
        }
    }
}
