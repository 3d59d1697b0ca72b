using Syndication.Storage.NearDuplicates;

namespace Syndication.Storage.Tests.NearDuplicates;

public sealed class SignatureBatchTests
{
    [Fact]
    public void Read_WrittenBatch_GivesEachSequenceAndSignatureInOrder()
    {
        var entries = new List<(long, byte[])> { (7, [3, 1, 2]), (long.MaxValue, [3, 9, 9]), (12, [3, 0, 0]) };
        var read = new List<(long, byte[])>();

        SignatureBatch.Read(SignatureBatch.Write(entries), (sequence, signature) => read.Add((sequence, signature.ToArray())));

        read.Select(entry => entry.Item1).ShouldBe([7L, long.MaxValue, 12L]);
        read.Select(entry => entry.Item2).ShouldBe(entries.Select(entry => entry.Item2));
    }

    [Fact]
    public void Write_SignaturesOfTwoLengths_IsRefused() =>
        Should.Throw<ArgumentException>(() => SignatureBatch.Write([(1, [1, 2]), (2, [1, 2, 3])]));

    [Fact]
    public void Read_TruncatedRow_StopsAtTheLastWholeEntry()
    {
        var blob = SignatureBatch.Write([(1, [5, 5]), (2, [6, 6])]);
        var read = new List<long>();

        SignatureBatch.Read(blob.AsSpan(0, blob.Length - 1), (sequence, _) => read.Add(sequence));

        read.ShouldBe([1L]);
    }
}
