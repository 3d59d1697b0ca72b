using Syndication.Core.Partners;
using Syndication.Core.Stories;

namespace Syndication.Core.Tests.Partners;

/// <summary>Stories and a directory of two partners (meo, gulf) for the partners tests.</summary>
internal static class PartnerTestData
{
    internal const string MeoKey = "syn_meo-test-key";

    internal const string GulfKey = "syn_gulf-test-key";

    internal static Partner Meo { get; } = new(
        "meo", "The Middle East Online", ["The Middle East Online", "Middle East Online"], [PartnerKey.Hash(MeoKey)],
        StoryFormat.Nitf, [new PartnerFeed("world", FeedFormat.Rss, new StoryFilter(urgencyAtMost: 5, languages: ["en"]))], new RateLimit(600), null, RetryPolicy.Default);

    internal static Partner Gulf { get; } = new(
        "gulf", "Gulf Daily", ["Gulf Daily News"], [PartnerKey.Hash(GulfKey)], StoryFormat.Ninjs,
        [new PartnerFeed("all", FeedFormat.Atom, StoryFilter.Everything)], null, null, RetryPolicy.Default);

    internal static PartnerDirectory TwoPartners { get; } = new([Meo, Gulf], []);

    internal static Story Story(
        string? exclusiveTo = null,
        StoryTime? embargo = null,
        PubStatus pubStatus = PubStatus.Usable,
        string? provider = null,
        string? credit = null,
        int? urgency = null,
        string? language = null,
        IReadOnlyList<Subject>? subjects = null,
        IReadOnlyList<string>? keywords = null) => new()
        {
            Id = "0123456789abcdef0123456789abcdef",
            Headline = "Twin assaults",
            Rights = new StoryRights(exclusiveTo, null, null),
            Embargo = embargo,
            PubStatus = pubStatus,
            Provider = provider,
            Credit = credit,
            Urgency = urgency,
            Language = language,
            Subjects = subjects ?? [],
            Keywords = keywords ?? [],
            Paragraphs = ["Fighters pressed twin assaults."],
            WordCount = 4,
            Slug = "twin-assaults",
            Format = "plain",
        };
}
