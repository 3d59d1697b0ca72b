using System.Xml.Linq;
using Syndication.Core.Formats.NewsMlG2;

namespace Syndication.Core.Tests.Formats.NewsMlG2;

public sealed class G2SchemaTests
{
    private const string ReutersFile = "corpora/superdesk/newsml-g2/text.xml";

    [Fact]
    public void Check_ValidIptcItem_HasNoDeviations()
    {
        var document = XDocument.Parse(SharedFiles.ReadText("corpora/iptc/newsml-g2/python-newsmlg2_008_roundtrip_test.xml"));

        G2Schema.Check(document).For(document.Root!).ShouldBeEmpty();
    }

    [Fact]
    public void Check_ReutersEdNoteOutOfPlace_FilesItUnderTheItem()
    {
        var document = XDocument.Parse(SharedFiles.ReadText(ReutersFile));
        var item = document.Descendants(XName.Get("newsItem", G2Schema.Namespace)).Single();

        var deviations = G2Schema.Check(document);

        deviations.For(item).ShouldBe([
            "Schema: The element 'itemMeta' has invalid child element 'edNote'. List of possible elements expected: any element in namespace '##other'.",
            "Schema: The element 'contentMeta' has invalid child element 'located'. List of possible elements expected: 'language, genre, keyword, subject, slugline, headline, dateline, by, creditline, description, contentMetaExtProperty' as well as any elemen…",
        ]);
        deviations.For(document.Root!).ShouldBeEmpty();
    }

    [Fact]
    public void Check_DocumentOutsideTheNamespace_IsNotValidatedButNoted()
    {
        var document = XDocument.Parse("<newsItem><nonsense/></newsItem>");

        G2Schema.Check(document).For(document.Root!).ShouldBe([
            $"The document is not in the NewsML-G2 namespace ({G2Schema.Namespace}); it was read by element names and not checked against the schema.",
        ]);
    }

    [Fact]
    public void Check_ManyThreadsAtOnce_GiveTheSameDeviationsAsOne()
    {
        var text = SharedFiles.ReadText(ReutersFile);
        var expected = Deviations(XDocument.Parse(text));

        var results = new string[64][];
        Parallel.For(0, results.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => results[i] = Deviations(XDocument.Parse(text)));

        results.ShouldAllBe(result => result.SequenceEqual(expected));
    }

    private static string[] Deviations(XDocument document) =>
        [.. G2Schema.Check(document).For(document.Descendants(XName.Get("newsItem", G2Schema.Namespace)).Single())];
}
