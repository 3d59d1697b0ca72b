using Syndication.Core.Partners;

namespace Syndication.Core.Tests.Partners;

public sealed class PartnerKeyTests
{
    [Fact]
    public void Hash_Abc_IsTheSha256TestVectorInLowerHex()
    {
        // FIPS 180-2's example: SHA-256("abc").
        PartnerKey.Hash("abc").ShouldBe("sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    [Fact]
    public void Hash_NonAsciiKey_HashesItsUtf8Bytes()
    {
        // SHA-256 of the two UTF-8 bytes C3 A9.
        PartnerKey.Hash("\u00E9").ShouldBe("sha256:" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData([0xC3, 0xA9])));
    }

    [Fact]
    public void Generate_NewKey_IsPrefixAnd32BytesOfBase64Url()
    {
        var key = PartnerKey.Generate();

        key.ShouldStartWith("syn_");
        key.Length.ShouldBe(4 + 43);
        key[4..].ShouldAllBe(c => char.IsAsciiLetterOrDigit(c) || c == '-' || c == '_');
        System.Buffers.Text.Base64Url.DecodeFromChars(key.AsSpan(4)).Length.ShouldBe(32);
    }

    [Fact]
    public void Generate_ManyKeys_AreAllDifferent()
    {
        var keys = Enumerable.Range(0, 1000).Select(_ => PartnerKey.Generate()).ToHashSet(StringComparer.Ordinal);

        keys.Count.ShouldBe(1000);
    }

    [Theory]
    [InlineData("sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", true)]
    [InlineData("sha256:BA7816BF8F01CFEA414140DE5DAE2223B00361A396177A9CB410FF61F20015AD", true)]
    [InlineData("sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015a", false)]
    [InlineData("sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad0", false)]
    [InlineData("sha256:za7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", false)]
    [InlineData("sha1:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", false)]
    [InlineData("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void TryParseHash_Text_AcceptsOnlySha256PrefixAnd64Hex(string? hash, bool valid)
    {
        PartnerKey.TryParseHash(hash, out var digest).ShouldBe(valid);
        (digest?.Length ?? 0).ShouldBe(valid ? 32 : 0);
    }
}
