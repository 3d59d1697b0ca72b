using System.Text;
using Syndication.Core.Normalization;

namespace Syndication.Core.Tests.Normalization;

public sealed class CompositionNormalizerTests
{
    [Theory]
    [InlineData("Plain ASCII.")]
    [InlineData("It\u2019s \u201Cclean\u201D \u2014 caf\u00E9, 10\u00A0km, \u20AC5\u2026")]
    public void Normalize_ComposedText_ReturnsSameInstance(string text) =>
        CompositionNormalizer.Normalize(text).ShouldBeSameAs(text);

    [Theory]
    [InlineData("Cafe\u0301 \u201Cnoir\u201D", "Caf\u00E9 \u201Cnoir\u201D")]
    [InlineData("\u212Bngstr\u00F6m", "\u00C5ngstr\u00F6m")]
    [InlineData("em\u2001quad", "em\u2003quad")]
    public void Normalize_TextNotInNfc_Composes(string text, string expected) =>
        CompositionNormalizer.Normalize(text).ShouldBe(expected);

    [Fact]
    public void IsKnownComposed_AnyPairOfCharactersItVouchesFor_IsNfc()
    {
        var vouched = Enumerable.Range(0, char.MaxValue + 1)
            .Select(c => (char)c)
            .Where(c => !char.IsSurrogate(c) && CompositionNormalizer.IsKnownComposed([c]))
            .ToArray();

        vouched.Length.ShouldBeGreaterThan(0x300);
        var pair = new char[2];
        foreach (var first in vouched)
        {
            pair[0] = first;
            foreach (var second in vouched)
            {
                pair[1] = second;
                new string(pair).IsNormalized(NormalizationForm.FormC).ShouldBeTrue($"U+{(int)first:X4} U+{(int)second:X4}");
            }
        }
    }

    [Theory]
    [InlineData('\u0301')]
    [InlineData('\u2000')]
    [InlineData('\u212B')]
    [InlineData('\u1100')]
    public void IsKnownComposed_CharacterThatDecomposesOrCombines_IsNotVouchedFor(char c) =>
        CompositionNormalizer.IsKnownComposed([c]).ShouldBeFalse();
}
