using System.IO.Compression;
using System.Text;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.Options;
using Syndication.Worker.Http;

namespace Syndication.Worker.Tests.Http;

public sealed class EncodedBodyTests
{
    private static readonly byte[] s_feed = Encoding.UTF8.GetBytes(
        string.Concat(Enumerable.Range(0, 2000).Select(i => $"<item><title>Markets steady, story {i}</title></item>\n")));

    private static readonly GzipCompressionProvider s_gzip = new(Options.Create(new GzipCompressionProviderOptions()));

    private static readonly BrotliCompressionProvider s_brotli = new(Options.Create(new BrotliCompressionProviderOptions()));

    [Fact]
    public void In_Gzip_IsTheBodyGzipped()
    {
        var gzipped = new EncodedBody(s_feed).In(s_gzip);

        gzipped.Length.ShouldBeLessThan(s_feed.Length / 10);
        Decompress(new GZipStream(new MemoryStream(gzipped), CompressionMode.Decompress)).ShouldBe(s_feed);
    }

    [Fact]
    public void In_Brotli_IsTheBodyInBrotli()
    {
        var encoded = new EncodedBody(s_feed).In(s_brotli);

        encoded.Length.ShouldBeLessThan(s_feed.Length / 10);
        Decompress(new BrotliStream(new MemoryStream(encoded), CompressionMode.Decompress)).ShouldBe(s_feed);
    }

    [Fact]
    public void In_TheSameEncodingAgain_IsCompressedOnce()
    {
        var body = new EncodedBody(s_feed);

        var first = body.In(s_gzip);

        body.In(s_gzip).ShouldBeSameAs(first);
        body.In(s_brotli).ShouldNotBeSameAs(first);
        body.Identity.ShouldBeSameAs(s_feed);
    }

    private static byte[] Decompress(Stream decompressing)
    {
        using (decompressing)
        {
            using var output = new MemoryStream();
            decompressing.CopyTo(output);
            return output.ToArray();
        }
    }
}
