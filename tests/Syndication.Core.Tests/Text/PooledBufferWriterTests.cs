using System.Text.Json;
using Syndication.Core.Text;

namespace Syndication.Core.Tests.Text;

public sealed class PooledBufferWriterTests
{
    [Fact]
    public void GetSpan_BeyondItsCapacity_GrowsAndKeepsWhatWasWritten()
    {
        using var buffer = new PooledBufferWriter(16);
        var expected = new byte[100_000];
        for (var i = 0; i < expected.Length; i += 1000)
        {
            var chunk = buffer.GetSpan(1000);
            chunk.Length.ShouldBeGreaterThanOrEqualTo(1000);
            for (var j = 0; j < 1000; j++)
            {
                expected[i + j] = (byte)((i / 1000) + j);
                chunk[j] = expected[i + j];
            }

            buffer.Advance(1000);
        }

        buffer.WrittenSpan.ToArray().ShouldBe(expected);
    }

    [Fact]
    public void Advance_PastTheSpanGiven_IsRefused()
    {
        using var buffer = new PooledBufferWriter(16);
        var length = buffer.GetSpan().Length;

        Should.Throw<ArgumentOutOfRangeException>(() => buffer.Advance(length + 1));
        Should.Throw<ArgumentOutOfRangeException>(() => buffer.Advance(-1));
    }

    [Fact]
    public void Utf8JsonWriter_WritingALongString_WritesItWhole()
    {
        var text = string.Concat(Enumerable.Repeat("“Quoted” \n<p> ", 5000));
        using var buffer = new PooledBufferWriter(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStringValue(text);
        }

        using var document = JsonDocument.Parse(buffer.WrittenSpan.ToArray());
        document.RootElement.GetString().ShouldBe(text);
    }
}
