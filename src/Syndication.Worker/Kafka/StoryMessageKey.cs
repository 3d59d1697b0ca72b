using System.Security.Cryptography;

namespace Syndication.Worker.Kafka;

/// <summary>
/// The key a raw story is produced with: a hash of its bytes, so identical copies meet on one partition and
/// a burst spreads over all of them (the embedded broker drops the oldest data of an overfull partition).
/// </summary>
public static class StoryMessageKey
{
    public static byte[] For(ReadOnlySpan<byte> story)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(story, hash);
        return System.Text.Encoding.ASCII.GetBytes(Convert.ToHexStringLower(hash[..16]));
    }
}
