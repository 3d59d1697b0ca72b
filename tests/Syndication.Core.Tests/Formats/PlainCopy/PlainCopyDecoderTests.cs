using Syndication.Core.Decoding;
using Syndication.Core.Formats.PlainCopy;
using Syndication.Core.Stories;

namespace Syndication.Core.Tests.Formats.PlainCopy;

public sealed class PlainCopyDecoderTests
{
    [Fact]
    public void TryDecode_Seed_ReadsHeaderAndThirteenParagraphs()
    {
        var draft = Decoded(SharedFiles.ReadText(SharedFiles.Seed));

        draft.Headline.ShouldBe("Syrian Conflict: Twin assaults against the Islamic State (IS)");
        draft.Rights.ExclusiveTo.ShouldBe("The Middle East Online");
        draft.Credit.ShouldBe("The Middle East Online");
        draft.Contributors.ShouldBe([new Contributor("Nelly Tawil", ContributorRole.Editor)]);
        draft.Paragraphs.Count.ShouldBe(13);
    }

    [Fact]
    public void TryDecode_AdvisoriesAboveHeadline_ReadsUrgencyEmbargoAndCorrection()
    {
        var draft = Decoded("URGENT\nEMBARGOED UNTIL 0001 GMT June 2, 2025\n\nCORRECTED-Rebels take the town\n\n"
            + "BEIRUT, June 1 (Reuters) - Rebels took the town on Monday.\n\n-- Reporting by Tom Perry; Editing by Nelly Tawil\n(END)\n");

        draft.Headline.ShouldBe("Rebels take the town");
        draft.Urgency.ShouldBe(3);
        draft.Embargo.ShouldBe(new DateTimeOffset(2025, 6, 2, 0, 1, 0, TimeSpan.Zero));
        draft.IsCorrection.ShouldBeTrue();
        draft.Dateline.ShouldBe("BEIRUT, June 1");
        draft.Credit.ShouldBe("Reuters");
        draft.Contributors.ShouldBe([new Contributor("Tom Perry", ContributorRole.Reporter), new Contributor("Nelly Tawil", ContributorRole.Editor)]);
        draft.Paragraphs.ShouldBe(["Rebels took the town on Monday."]);
    }

    [Fact]
    public void TryDecode_KillAdvisoryUnderHeadline_Cancels()
    {
        var draft = Decoded("Rebels take the town\nKILL\n\nEditors: please kill this story. It was sent in error.\n###\n");

        draft.PubStatus.ShouldBe(PubStatus.Canceled);
        draft.Paragraphs.ShouldBe(["Editors: please kill this story. It was sent in error."]);
    }

    [Fact]
    public void TryDecode_FlashWithApCredit_ReadsUrgencyAndCredit()
    {
        var draft = Decoded("FLASH\nQuake hits the coast\n\nTOKYO (AP) — A strong earthquake hit the coast on Friday.\n");

        draft.Urgency.ShouldBe(1);
        draft.Credit.ShouldBe("AP");
        draft.Dateline.ShouldBe("TOKYO");
    }

    [Fact]
    public void TryDecode_NoExclusiveLine_HasNoRightsAndNoCredit()
    {
        var draft = Decoded("Headline\n\nEdited by Nelly Tawil\n\nThe body.\n");

        draft.Rights.ShouldBe(StoryRights.None);
        draft.Credit.ShouldBeNull();
        draft.Paragraphs.ShouldBe(["The body."]);
    }

    [Fact]
    public void TryDecode_Byline_ReadsAuthor()
    {
        var draft = Decoded("Headline\n\nBy John Smith\n\nThe body.\n");

        draft.Contributors.ShouldBe([new Contributor("John Smith", ContributorRole.Author)]);
        draft.Paragraphs.ShouldBe(["The body."]);
    }

    [Fact]
    public void TryDecode_HeaderLinesUnderHeadlineWithoutBlankLines_ReadsThem()
    {
        var draft = Decoded("Headline\nBy John Smith and Jane Doe, Reuters\nExclusive to Example News\nThe body starts here.\n");

        draft.Contributors.ShouldBe([
            new Contributor("John Smith", ContributorRole.Author),
            new Contributor("Jane Doe", ContributorRole.Author),
        ]);
        draft.Rights.ExclusiveTo.ShouldBe("Example News");
        draft.Credit.ShouldBe("Reuters");
        draft.Paragraphs.ShouldBe(["The body starts here."]);
    }

    [Fact]
    public void TryDecode_BodyOpeningLikeAByline_StaysInBody()
    {
        var draft = Decoded("Headline\n\nBy noon the troops had left the town.\n\nBy John Smith\n");

        draft.Contributors.ShouldBeEmpty();
        draft.Paragraphs.ShouldBe(["By noon the troops had left the town.", "By John Smith"]);
    }

    [Fact]
    public void TryDecode_Dateline_SetsDatelineAndCreditAndLeavesTheRest()
    {
        var draft = Decoded("Headline\n\nExclusive to Example News\n\nBEIRUT, June 1 (Reuters) - Syrian forces advanced.\n\nMore.\n");

        draft.Dateline.ShouldBe("BEIRUT, June 1");
        draft.Credit.ShouldBe("Reuters");
        draft.Rights.ExclusiveTo.ShouldBe("Example News");
        draft.Paragraphs.ShouldBe(["Syrian forces advanced.", "More."]);
    }

    [Fact]
    public void TryDecode_HardWrappedParagraph_JoinsLinesWithSpace()
    {
        var draft = Decoded("Headline\n\nThe first line of a paragraph\nthat a desk wrapped at\nsixty columns.\n\nSecond.\n");

        draft.Paragraphs.ShouldBe(["The first line of a paragraph that a desk wrapped at sixty columns.", "Second."]);
    }

    [Fact]
    public void TryDecode_IndentedParagraphsWithoutBlankLines_SplitsAtIndents()
    {
        var draft = Decoded("Headline\n\n    First paragraph,\nwrapped.\n    Second paragraph.\n");

        draft.Paragraphs.ShouldBe(["First paragraph, wrapped.", "Second paragraph."]);
    }

    [Fact]
    public void TryDecode_SignOffAndEndMark_BecomeContributorsAndLeaveBody()
    {
        var draft = Decoded("Headline\n\nThe body.\n\n-- Reporting by Tom Perry; Editing by Mark Heinrich\n\n(END)\n");

        draft.Paragraphs.ShouldBe(["The body."]);
        draft.Contributors.ShouldBe([
            new Contributor("Tom Perry", ContributorRole.Reporter),
            new Contributor("Mark Heinrich", ContributorRole.Editor),
        ]);
    }

    [Theory]
    [InlineData("Headline\n\nThe body.\n###\n")]
    [InlineData("Headline\n\nThe body.\n\n-30-\n")]
    [InlineData("Headline\n\nThe body. (END)")]
    public void TryDecode_EndMark_IsDropped(string text) =>
        Decoded(text).Paragraphs.ShouldBe(["The body."]);

    [Fact]
    public void TryDecode_SignOffsInSeveralParagraphs_KeepReadingOrder()
    {
        var draft = Decoded("Headline\n\nBy Ann Lee\n\nBody.\n\n-- Reporting by Bo Chan\n\n-- Editing by Cy Young\n");

        draft.Contributors.ShouldBe([
            new Contributor("Ann Lee", ContributorRole.Author),
            new Contributor("Bo Chan", ContributorRole.Reporter),
            new Contributor("Cy Young", ContributorRole.Editor),
        ]);
    }

    [Fact]
    public void TryDecode_HeadlineOnly_RejectsNoBody() =>
        Rejected("A headline\n\n\n").Reason.ShouldBe(RejectionReasons.NoBody);

    [Fact]
    public void TryDecode_HeadlineAndHeaderLinesOnly_RejectsNoBody() =>
        Rejected("A headline\n\nExclusive to Example News\n\nEdited by Nelly Tawil\n").Reason.ShouldBe(RejectionReasons.NoBody);

    [Fact]
    public void TryDecode_OnlyInvisibleLines_RejectsNoHeadline() =>
        Rejected("\u200B\n\u00A0\n\uFEFF\n").Reason.ShouldBe(RejectionReasons.NoHeadline);

    [Fact]
    public void TryDecode_FirstLineTooLongForAHeadline_RejectsNoHeadline()
    {
        var rejection = Rejected(new string('x', 301) + "\n\nBody.\n");

        rejection.Reason.ShouldBe(RejectionReasons.NoHeadline);
        rejection.Detail.ShouldContain("301");
    }

    private static StoryDraft Decoded(string text)
    {
        PlainCopyDecoder.TryDecode(text, out var draft, out var rejection).ShouldBeTrue(rejection?.Detail);
        return draft;
    }

    private static Rejection Rejected(string text)
    {
        PlainCopyDecoder.TryDecode(text, out _, out var rejection).ShouldBeFalse();
        return rejection;
    }
}
