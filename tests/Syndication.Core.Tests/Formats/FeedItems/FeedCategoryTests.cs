using Syndication.Core.Formats.FeedItems;
using Syndication.Core.Stories;

namespace Syndication.Core.Tests.Formats.FeedItems;

public sealed class FeedCategoryTests
{
    [Fact]
    public void Add_WithoutScheme_IsAKeyword()
    {
        var (subjects, keywords) = Added("Politics", null, null);

        subjects.ShouldBeEmpty();
        keywords.ShouldBe(["Politics"]);
    }

    [Fact]
    public void Add_SchemeUriEndingInSlash_IsASubjectWithTheConceptUri()
    {
        var (subjects, keywords) = Added("04000000", "http://cv.iptc.org/newscodes/mediatopic/", "economy, business and finance");

        subjects.ShouldBe([new Subject("http://cv.iptc.org/newscodes/mediatopic/04000000", "economy, business and finance")]);
        keywords.ShouldBeEmpty();
    }

    [Fact]
    public void Add_RssDomain_IsASubjectQualifiedByIt() =>
        Added("Business", "category", null).Subjects.ShouldBe([new Subject("category:Business", "Business")]);

    private static (List<Subject> Subjects, List<string> Keywords) Added(string term, string? scheme, string? label)
    {
        var subjects = new List<Subject>();
        var keywords = new List<string>();
        FeedCategory.Add(term, scheme, label, subjects, keywords);
        return (subjects, keywords);
    }
}
