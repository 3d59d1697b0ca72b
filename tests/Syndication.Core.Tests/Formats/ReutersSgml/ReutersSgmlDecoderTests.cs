using System.Text;
using Syndication.Core.Decoding;
using Syndication.Core.Stories;

namespace Syndication.Core.Tests.Formats.ReutersSgml;

public sealed class ReutersSgmlDecoderTests
{
    public static TheoryData<string> CorpusFiles => [.. Enumerable.Range(0, 22).Select(i => $"reut2-{i:000}.sgm")];

    [Theory]
    [MemberData(nameof(CorpusFiles))]
    public void Decode_EveryRecordOfFile_DecodesOrRejectsForMissingBody(string file)
    {
        var records = Records(file);
        records.Count.ShouldBe(file == "reut2-021.sgm" ? 578 : 1000);
        var bodies = 0;
        var failures = new List<string>();
        foreach (var record in records)
        {
            var hasBody = record.Contains("<BODY>", StringComparison.Ordinal);
            bodies += hasBody ? 1 : 0;
            var result = StoryDecoder.Decode(Encoding.Latin1.GetBytes(record));

            // Checked without Shouldly per record: its expression assertions compile a delegate per call.
            var failure = hasBody ? StoryFailure(result) : result.Rejection?.Reason == RejectionReasons.NoBody ? null : "not rejected as no-body";
            if (failure is not null)
            {
                failures.Add($"{record[..Math.Min(record.Length, 120)]}: {failure}");
            }
        }

        failures.ShouldBeEmpty();
        bodies.ShouldBeGreaterThan(0);
    }

    private static string? StoryFailure(DecodeResult result)
    {
        if (result.Story is not { } story)
        {
            return $"no story: {result.Rejections.FirstOrDefault()}";
        }

        if (story.Format != "reuters-sgml" || story.SourceId?.StartsWith("reuters21578:", StringComparison.Ordinal) != true)
        {
            return "wrong format or source id";
        }

        // One record's DATE is garbled ("31-MAR-1987 605:12:19.12"): no time, and a deviation says why.
        if (story.Published is null && !story.Deviations.Any(d => d.Contains("605:12:19.12", StringComparison.Ordinal)))
        {
            return "no published time";
        }

        return story.Paragraphs.Any(p => p.Any(char.IsControl) || p.Contains("&#", StringComparison.Ordinal)) ? "control characters or references left in the body" : null;
    }

    [Fact]
    public void Decode_FirstRecord_ReadsEveryField()
    {
        var story = Decoded("reut2-000.sgm", 0);

        story.SourceId.ShouldBe("reuters21578:1");
        story.Headline.ShouldBe("BAHIA COCOA REVIEW");
        story.Dateline.ShouldBe("SALVADOR, Feb 26");
        story.Provider.ShouldBe("Reuters");
        story.Published!.Utc.ShouldBe(new DateTime(1987, 2, 26, 15, 1, 1, 790, DateTimeKind.Utc));
        story.Subjects.ShouldBe([new Subject("reuters-topic:cocoa", null)]);
        story.Places.Select(p => p.Name).ShouldBe(["el-salvador", "usa", "uruguay"]);
        story.Places[0].Code.ShouldBe("reuters-place:el-salvador");
        story.Paragraphs[0].ShouldStartWith("Showers continued throughout the week in the Bahia cocoa zone, alleviating the drought");
        story.Paragraphs[1].ShouldBe("The dry period means the temporao will be late this year.");
        story.Paragraphs[^1].ShouldEndWith("after carnival which ends midday on February 27.");
        story.Deviations.ShouldContain(d => d.Contains("UTC"));
    }

    [Fact]
    public void Decode_RecordWithAuthor_ReadsAuthorAndAffiliation()
    {
        var record = Records("reut2-000.sgm").First(r => r.Contains("<AUTHOR>    by Janie Gabbett, Reuters</AUTHOR>", StringComparison.Ordinal));

        var story = StoryDecoder.Decode(Encoding.ASCII.GetBytes(record)).Story.ShouldNotBeNull();

        story.Contributors.ShouldBe([new Contributor("Janie Gabbett", ContributorRole.Author)]);
        story.Credit.ShouldBe("Reuters");
    }

    [Fact]
    public void Decode_EscapedAngleBracket_DecodesEntity()
    {
        var record = Records("reut2-000.sgm").First(r => r.Contains("<BODY>", StringComparison.Ordinal) && r.Contains("&lt;", StringComparison.Ordinal));

        var story = StoryDecoder.Decode(Encoding.ASCII.GetBytes(record)).Story.ShouldNotBeNull();

        string.Join(' ', story.Paragraphs).ShouldContain("<");
    }

    [Fact]
    public void Decode_Latin1Byte_ReadsItAsUDiaeresis()
    {
        var file = SharedFiles.ReadBytes("corpora/reuters21578/reut2-017.sgm");
        var at = Array.IndexOf(file, (byte)0xFC);
        var start = Encoding.Latin1.GetString(file, 0, at).LastIndexOf("<REUTERS ", StringComparison.Ordinal);
        var end = Encoding.Latin1.GetString(file).IndexOf("</REUTERS>", at, StringComparison.Ordinal) + "</REUTERS>".Length;

        var story = StoryDecoder.Decode(file.AsSpan(start, end - start)).Story.ShouldNotBeNull();

        string.Join(' ', story.Paragraphs).ShouldContain("growth.\u00FC");
    }

    [Fact]
    public void Decode_BriefRecord_RejectsNoBodyNamingType()
    {
        var record = Records("reut2-000.sgm").First(r => r.Contains("TYPE=\"BRIEF\"", StringComparison.Ordinal));

        var rejection = StoryDecoder.Decode(Encoding.ASCII.GetBytes(record)).Rejection.ShouldNotBeNull();

        rejection.Reason.ShouldBe(RejectionReasons.NoBody);
        rejection.Detail.ShouldContain("BRIEF");
    }

    [Theory]
    [InlineData("<REUTERS NEWID=\"9\"><DATE>26-FEB-1987 15:01:01.79</DATE><TEXT><BODY>Text.</BODY></TEXT></REUTERS>", RejectionReasons.NoHeadline)]
    [InlineData("<REUTERS NEWID=\"9\"></REUTERS>", RejectionReasons.NoBody)]
    [InlineData("<REUTERS NEWID=\"9\"><TEXT><TITLE>T</TITLE><BODY>&#3;</BODY></TEXT></REUTERS>", RejectionReasons.NoBody)]
    public void Decode_IncompleteRecord_Rejects(string record, string reason) =>
        StoryDecoder.Decode(Encoding.ASCII.GetBytes(record)).Rejection.ShouldNotBeNull().Reason.ShouldBe(reason);

    private static Story Decoded(string file, int index) =>
        StoryDecoder.Decode(Encoding.ASCII.GetBytes(Records(file)[index])).Story.ShouldNotBeNull();

    private static List<string> Records(string file)
    {
        var text = Encoding.Latin1.GetString(SharedFiles.ReadBytes("corpora/reuters21578/" + file));
        var records = new List<string>();
        var start = text.IndexOf("<REUTERS ", StringComparison.Ordinal);
        while (start >= 0)
        {
            var end = text.IndexOf("</REUTERS>", start, StringComparison.Ordinal) + "</REUTERS>".Length;
            records.Add(text[start..end]);
            start = text.IndexOf("<REUTERS ", end, StringComparison.Ordinal);
        }

        return records;
    }
}
