using CsCheck;
using Syndication.Core.Normalization;

namespace Syndication.Core.Tests.Normalization;

public sealed class HtmlBodyTests
{
    private static readonly string[] s_fragments =
    [
        "<p>", "</p>", "<h2>", "</h2>", "<h1>", "</h1>", "<ul>", "<li>", "</li>", "</ul>", "<em>", "</em>", "<strong>", "</strong>",
        "<a href=\"https://example.com/x?a=1&amp;b=2\">", "<a href=\"javascript:alert(1)\">", "</a>", "<br>", "<blockquote>",
        "</blockquote>", "<table><tr><td>", "</td><td>", "</td></tr></table>", "<div class=\"x\">", "</div>", "<span>", "</span>",
        "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "&nbsp;", "&amp;", "&lt;b&gt;", "\"", "'", " -- ", "\u00A0", "\u200B",
        "word", "Word", " ", "\n", "e\u0301", "\u201Cquote\u201D",
    ];

    [Fact]
    public void Normalize_AnyMarkup_IsIdempotent()
    {
        var html = Gen.Int[0, s_fragments.Length - 1].Array[0, 24].Select(indexes => string.Concat(indexes.Select(i => s_fragments[i])));

        html.Sample(input =>
        {
            var (once, paragraphs) = HtmlBody.Normalize(input);
            var (twice, again) = HtmlBody.Normalize(once);

            twice.ShouldBe(once);
            again.ShouldBe(paragraphs);
        }, iter: 3_000);
    }

    [Fact]
    public void Normalize_AnyMarkup_LeavesNoScriptEventHandlerOrUnsafeLink()
    {
        var html = Gen.Int[0, s_fragments.Length - 1].Array[0, 24].Select(indexes => string.Concat(indexes.Select(i => s_fragments[i])));

        html.Sample(input =>
        {
            var (output, _) = HtmlBody.Normalize(input);

            output.ShouldNotContain("<script", Case.Insensitive);
            output.ShouldNotContain("onerror", Case.Insensitive);
            output.ShouldNotContain("javascript:", Case.Insensitive);
            output.ShouldNotContain("<img", Case.Insensitive);
            output.ShouldNotContain("class=", Case.Insensitive);
        }, iter: 3_000);
    }

    [Fact]
    public void Normalize_EscapedMarkupInText_StaysEscapedText()
    {
        var (html, paragraphs) = HtmlBody.Normalize("<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>");

        html.ShouldBe("<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>");
        paragraphs.ShouldBe(["<script>alert(1)</script>"]);
    }
}
