using Syndication.Core.Normalization;

namespace Syndication.Core.Tests.Normalization;

public sealed class DashNormalizerTests
{
    [Theory]
    [InlineData("war -- and peace", "war \u2014 and peace")]
    [InlineData("a -- -- b", "a \u2014 \u2014 b")]
    public void Normalize_SpacedDoubleHyphen_BecomesEmDash(string text, string expected) =>
        DashNormalizer.Normalize(text).ShouldBe(expected);

    [Theory]
    [InlineData("Kurish-Arab")]
    [InlineData("US-backed al-Mahalawi")]
    [InlineData("1990 - 1995")]
    [InlineData("--flag")]
    [InlineData("word--word")]
    [InlineData("a --- b")]
    [InlineData("ends with --")]
    public void Normalize_OtherHyphens_AreKept(string text) =>
        DashNormalizer.Normalize(text).ShouldBe(text);
}
