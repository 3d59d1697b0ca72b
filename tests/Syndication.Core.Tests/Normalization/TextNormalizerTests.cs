using System.Text;
using CsCheck;
using Syndication.Core.Normalization;

namespace Syndication.Core.Tests.Normalization;

public sealed class TextNormalizerTests
{
    // Weighted towards the characters the normalizer acts on, with a share of any UTF-16 unit at all
    // (lone surrogates included) so nothing it might meet is left out. Low-9 quotes, which switch the
    // quote pass off, are left to QuoteNormalizerTests so that most samples exercise it.
    private static readonly Gen<string> s_awkwardText = Gen.Frequency(
            (8, Gen.Char["abcXYZ019 .,;:!?()[]-"]),
            (4, Gen.Char["\"'\u201C\u201D\u2018\u2019"]),
            (3, Gen.Char["\u00A0\u202F\u2007\u2003\u3000\u200B\u2060\uFEFF\u00AD\t\n\r"]),
            (2, Gen.Char["\u0000\u0001\u0007\u001B\u007F\u0085\u009F\uFFFE\uFFFF\uD800\uDC00\uDBFF"]),
            (3, Gen.Char["\u0301\u0308\u0327\u0323e\u00E9\u1E9B\u212B\u0340\u2126A"]),
            (1, Gen.Char))
        .Array[0, 60]
        .Select(chars => new string(chars));

    // Whole pieces the passes look for ("--" between spaces, quotes around words, accents after
    // invisible characters), which single random characters seldom line up into.
    private static readonly Gen<string> s_awkwardTokens = Gen.Frequency(
            (6, " "), (3, "--"), (1, "-"), (1, "\u2014"), (1, "("), (1, "."), (1, "\t"), (1, "\u00A0"),
            (2, "\""), (2, "'"), (1, "\u201C"), (1, "\u201D"), (1, "\u2018"), (2, "\u2019"),
            (2, "word"), (1, "It"), (1, "it\u2019s"), (1, "90s"), (1, "tis"),
            (1, "\u200B"), (1, "\uFEFF"), (1, "\u0001"), (1, "e\u0301"), (1, "\u0301"), (1, "\u212B"))
        .Array[0, 30]
        .Select(string.Concat);

    [Fact]
    public void Normalize_AnyText_IsIdempotent()
    {
        s_awkwardText.Sample(text =>
        {
            var once = TextNormalizer.Normalize(text);
            TextNormalizer.Normalize(once).ShouldBe(once);
        }, iter: 20_000);
    }

    [Fact]
    public void Normalize_AnyTokens_IsIdempotent()
    {
        s_awkwardTokens.Sample(text =>
        {
            var once = TextNormalizer.Normalize(text);
            TextNormalizer.Normalize(once).ShouldBe(once);
        }, iter: 20_000);
    }

    [Fact]
    public void Normalize_AnyText_LeavesOnlyVisibleSingleSpacedNfcText()
    {
        s_awkwardText.Sample(text =>
        {
            var normalized = TextNormalizer.Normalize(text);

            normalized.IsNormalized(NormalizationForm.FormC).ShouldBeTrue();
            normalized.ShouldNotContain("  ");
            normalized.ShouldBe(normalized.Trim());
            normalized.ShouldAllBe(c => c == ' ' || c == '\u00A0' || c == '\u202F' || c == '\u2007' || !char.IsWhiteSpace(c));
            normalized.ShouldAllBe(c => !char.IsControl(c) && c != '\u200B' && c != '\uFEFF' && c != '\uFFFE');
        }, iter: 10_000);
    }

    [Fact]
    public void Normalize_ZeroWidthBetweenLetterAndAccent_Composes() =>
        TextNormalizer.Normalize("Cafe\u200B\u0301").ShouldBe("Caf\u00E9");

    [Fact]
    public void Normalize_TypewriterText_SetsQuotesAndDashes() =>
        TextNormalizer.Normalize("  He said \"it's done\" -- twice.  ").ShouldBe("He said \u201Cit\u2019s done\u201D \u2014 twice.");
}
