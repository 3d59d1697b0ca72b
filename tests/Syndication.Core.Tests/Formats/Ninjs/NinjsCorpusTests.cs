using Syndication.Core.Decoding;

namespace Syndication.Core.Tests.Formats.Ninjs;

/// <summary>Every ninjs file in the shared corpora and IPTC's examples and test suites: each decodes or is refused for a reason a person would agree with.</summary>
public sealed class NinjsCorpusTests
{
    private const string Suites = "schemas/ninjs/validation/test_suite";

    // The files that are not text stories, and why. Every other file must decode.
    private static readonly Dictionary<string, string> s_refused = new(StringComparer.Ordinal)
    {
        ["corpora/superdesk/ninjs/ninjs3.json"] = RejectionReasons.NotText,
        ["corpora/iptc/ninjs/ninjs_example_photo.json"] = RejectionReasons.NotText,
        ["corpora/superdesk/ap-media-json/ap_media_feed.json"] = RejectionReasons.NotText,
        ["corpora/superdesk/ap-media-json/ap_media_item.json"] = RejectionReasons.NotText,
        ["corpora/superdesk/ap-media-json/ap_media_picture.json"] = RejectionReasons.NotText,
        ["corpora/superdesk/ap-media-json/ap_media_text_feed.json"] = RejectionReasons.NoBody,
        ["schemas/ninjs/examples/1.4/ninjs-1-4-examples.json"] = RejectionReasons.NoBody,
        ["schemas/ninjs/examples/1.4/ninjsExSimplePhoto1.json"] = RejectionReasons.NotText,
        ["schemas/ninjs/examples/2.1/SIPA_image_2.json"] = RejectionReasons.NotText,
        ["schemas/ninjs/examples/2.1/ap_audio.json"] = RejectionReasons.NotText,
        ["schemas/ninjs/examples/2.1/ap_image.json"] = RejectionReasons.NotText,
        ["schemas/ninjs/examples/2.1/ap_video.json"] = RejectionReasons.NotText,
        ["schemas/ninjs/examples/2.1/imageEncodedRights.json"] = RejectionReasons.NotText,
        ["schemas/ninjs/examples/2.1/imageLinkedRights.json"] = RejectionReasons.NotText,
        ["schemas/ninjs/examples/2.1/ntb_text.json"] = RejectionReasons.NoBody,
        ["schemas/ninjs/examples/2.1/schema-extension/extension-schema.json"] = RejectionReasons.UnsupportedFormat,
        ["schemas/ninjs/examples/3.0/20231004-UEFA-ChampionLeague.json"] = RejectionReasons.NoHeadline,
        ["schemas/ninjs/examples/3.0/20231005-65-addb-event.json"] = RejectionReasons.NotText,
        ["schemas/ninjs/examples/3.0/20231016-addb-example-press-conference.json"] = RejectionReasons.NoHeadline,
        ["schemas/ninjs/examples/3.0/SIPA_image_3.json"] = RejectionReasons.NotText,
        ["schemas/ninjs/examples/3.0/ap_audio.json"] = RejectionReasons.NotText,
        ["schemas/ninjs/examples/3.0/ap_image.json"] = RejectionReasons.NotText,
        ["schemas/ninjs/examples/3.0/ap_video.json"] = RejectionReasons.NotText,
        ["schemas/ninjs/examples/3.0/collection/20231016-event-timeline-sample.json"] = RejectionReasons.NoHeadline,
        ["schemas/ninjs/examples/3.0/imageEncodedRights.json"] = RejectionReasons.NotText,
        ["schemas/ninjs/examples/3.0/imageLinkedRights.json"] = RejectionReasons.NotText,
        ["schemas/ninjs/examples/3.0/ntb_text.json"] = RejectionReasons.NoBody,
        ["schemas/ninjs/examples/3.0/simpleEvent.json"] = RejectionReasons.NotText,
        ["schemas/ninjs/examples/3.0/tt_event_pressconference_3.0.json"] = RejectionReasons.NotText,
        ["schemas/ninjs/documentation-examples/1.6/002_renditions_example.json"] = RejectionReasons.NoHeadline,
        ["schemas/ninjs/documentation-examples/2.2/002_renditions_example.json"] = RejectionReasons.NoHeadline,
        ["schemas/ninjs/documentation-examples/3.1/002_renditions_example.json"] = RejectionReasons.NoHeadline,
        ["schemas/ninjs/documentation-examples/1.6/006_photo_only.json"] = RejectionReasons.NotText,
        ["schemas/ninjs/documentation-examples/2.2/006_photo_only.json"] = RejectionReasons.NotText,
        ["schemas/ninjs/documentation-examples/3.1/006_photo_only.json"] = RejectionReasons.NotText,
        ["schemas/ninjs/documentation-examples/3.1/008_event.json"] = RejectionReasons.NotText,
        ["schemas/ninjs/documentation-examples/not-valid/008_extension.json"] = RejectionReasons.NoHeadline,
    };

    // Files that break their schema on purpose or by habit (Superdesk's extensions, "+0000" offsets).
    private static readonly HashSet<string> s_deviating = new(StringComparer.Ordinal)
    {
        "corpora/superdesk/ninjs/bbc-ninjs-text-test.json",
        "corpora/superdesk/ninjs/ninjs1.json",
        "corpora/superdesk/ninjs/ninjs2.json",
        "corpora/superdesk/ninjs/ninjs4.json",
        "corpora/superdesk/ninjs/ninjs5.json",
        "corpora/superdesk/ninjs/ninjs_embargoed.json",
        "corpora/iptc/ninjs/ninjs_example_invalid.json",
        "corpora/iptc/ninjs/ninjsExComplex2-invalid.json",
        "schemas/ninjs/examples/2.1/schema-extension/extension-example.json",
    };

    public static TheoryData<string> Items => new(
        SharedFiles.Files("corpora/superdesk/ninjs", ".json")
            .Concat(SharedFiles.Files("corpora/iptc/ninjs", ".json"))
            .Concat(SharedFiles.Files("corpora/superdesk/ap-media-json", ".json"))
            .Concat(SharedFiles.Files("schemas/ninjs/examples", ".json"))
            .Concat(SharedFiles.Files("schemas/ninjs/documentation-examples", ".json")));

    public static TheoryData<string> ShouldPass => new(SharedFiles.Files(Suites, ".json").Where(path => path.Contains("/should_pass/", StringComparison.Ordinal)));

    public static TheoryData<string> ShouldFail => new(SharedFiles.Files(Suites, ".json").Where(path => path.Contains("/should_fail/", StringComparison.Ordinal)));

    [Theory]
    [MemberData(nameof(Items))]
    public void Decode_CorpusFile_DecodesOrIsRefusedForItsReason(string path)
    {
        var result = StoryDecoder.Decode(SharedFiles.ReadBytes(path));

        if (s_refused.TryGetValue(path, out var reason))
        {
            result.Stories.ShouldBeEmpty();
            result.Rejections.ShouldAllBe(rejection => rejection.Reason == reason);
            return;
        }

        result.Rejections.ShouldBeEmpty();
        var story = result.Stories.ShouldHaveSingleItem();
        story.Format.ShouldBe("ninjs");
        story.Paragraphs.ShouldNotBeEmpty();
        if (s_deviating.Contains(path))
        {
            story.Deviations.ShouldNotBeEmpty();
        }
        else
        {
            story.Deviations.ShouldBeEmpty();
        }
    }

    [Theory]
    [MemberData(nameof(ShouldPass))]
    public void Decode_ValidSuiteFile_DecodesWithoutDeviationOrIsRefusedAsNoStory(string path)
    {
        var result = StoryDecoder.Decode(SharedFiles.ReadBytes(path));

        // Most suite files are fragments with no headline or no body: valid ninjs, but no story.
        result.Rejections.ShouldAllBe(rejection =>
            rejection.Reason == RejectionReasons.NoHeadline || rejection.Reason == RejectionReasons.NoBody || rejection.Reason == RejectionReasons.NotText);
        foreach (var story in result.Stories)
        {
            story.Deviations.ShouldBeEmpty();
        }
    }

    [Theory]
    [MemberData(nameof(ShouldFail))]
    public void Decode_InvalidSuiteFile_DecodesWithDeviationsOrIsRefused(string path)
    {
        var result = StoryDecoder.Decode(SharedFiles.ReadBytes(path));

        (result.Stories.Count == 0 || result.Stories.All(story => story.Deviations.Count > 0)).ShouldBeTrue();
    }

    [Fact]
    public void Decode_SuiteFileOutsideBothFolders_DecodesWithoutDeviation()
    {
        // 1.5/002_association.json sits beside should_pass/should_fail; it is a valid 1.x item with an association.
        var story = StoryDecoder.Decode(SharedFiles.ReadBytes($"{Suites}/1.5/002_association.json")).Story.ShouldNotBeNull();

        story.Deviations.ShouldBeEmpty();
    }
}
