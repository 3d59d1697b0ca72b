using Syndication.Core.Decoding;
using Syndication.Core.Partners;
using Syndication.Core.Stories;
using static Syndication.Core.Tests.Partners.PartnerTestData;

namespace Syndication.Core.Tests.Partners;

public sealed class RightsRoutingTests
{
    private const string Publisher = "Syndication Wire";

    private static readonly DateTimeOffset s_now = new(2026, 11, 26, 12, 0, 0, TimeSpan.Zero);

    private static readonly RightsRouting s_routing = new(TwoPartners, Publisher);

    /// <summary>
    /// The rules, one row each: exclusive to, embargo (minutes from now), publishing status, item killed,
    /// routed by an operator to, and then the audience's kind and which of meo, gulf and other it admits.
    /// </summary>
    public static TheoryData<string, string?, int?, PubStatus, bool, string[], AudienceKind, string[]> Rules => new()
    {
        { "not exclusive", null, null, PubStatus.Usable, false, [], AudienceKind.Everyone, ["meo", "gulf", "other"] },
        { "exclusive to a partner's knownAs", "Middle East Online", null, PubStatus.Usable, false, [], AudienceKind.Exclusive, ["meo"] },
        { "exclusive to a partner, other spelling", "THE MIDDLE EAST ONLINE.", null, PubStatus.Usable, false, [], AudienceKind.Exclusive, ["meo"] },
        { "exclusive to the other partner", "Gulf Daily News", null, PubStatus.Usable, false, [], AudienceKind.Exclusive, ["gulf"] },
        { "exclusive to a partner's name that is not in knownAs", "Gulf Daily", null, PubStatus.Usable, false, [], AudienceKind.Held, [] },
        { "exclusive to the publisher", "Syndication Wire", null, PubStatus.Usable, false, [], AudienceKind.Everyone, ["meo", "gulf", "other"] },
        { "exclusive to the publisher, other spelling", "the  syndication wire.", null, PubStatus.Usable, false, [], AudienceKind.Everyone, ["meo", "gulf", "other"] },
        { "exclusive to a name nobody has", "Al Jazeera", null, PubStatus.Usable, false, [], AudienceKind.Held, [] },
        { "held, then routed by an operator", "Al Jazeera", null, PubStatus.Usable, false, ["gulf"], AudienceKind.Held, ["gulf"] },
        { "a route does not widen an exclusive", "Middle East Online", null, PubStatus.Usable, false, ["gulf"], AudienceKind.Exclusive, ["meo"] },
        { "embargoed, before the time", null, 1, PubStatus.Usable, false, [], AudienceKind.Embargoed, [] },
        { "embargoed, at the time", null, 0, PubStatus.Usable, false, [], AudienceKind.Everyone, ["meo", "gulf", "other"] },
        { "embargoed, after the time", null, -1, PubStatus.Usable, false, [], AudienceKind.Everyone, ["meo", "gulf", "other"] },
        { "embargoed exclusive, before", "Middle East Online", 60, PubStatus.Usable, false, [], AudienceKind.Embargoed, [] },
        { "embargoed exclusive, after", "Middle East Online", -60, PubStatus.Usable, false, [], AudienceKind.Exclusive, ["meo"] },
        { "embargoed, held and routed, before", "Al Jazeera", 60, PubStatus.Usable, false, ["gulf"], AudienceKind.Embargoed, [] },
        { "embargoed, held and routed, after", "Al Jazeera", -60, PubStatus.Usable, false, ["gulf"], AudienceKind.Held, ["gulf"] },
        { "withheld by its source", null, null, PubStatus.Withheld, false, [], AudienceKind.Withheld, [] },
        { "killed item", null, null, PubStatus.Usable, true, [], AudienceKind.Killed, [] },
        { "killing version", null, null, PubStatus.Canceled, false, [], AudienceKind.Killed, [] },
        { "killed exclusive", "Middle East Online", null, PubStatus.Usable, true, [], AudienceKind.Killed, [] },
        { "killed, routed, embargo over", "Al Jazeera", -60, PubStatus.Usable, true, ["gulf"], AudienceKind.Killed, [] },
        { "killed before its embargo", null, 60, PubStatus.Usable, true, [], AudienceKind.Killed, [] },
    };

    [Theory]
    [MemberData(nameof(Rules))]
    public void Audience_Rule_DecidesWhoMaySeeTheStory(
        string rule, string? exclusiveTo, int? embargoMinutes, PubStatus pubStatus, bool isKilled, string[] routedTo, AudienceKind kind, string[] admitted)
    {
        var embargo = embargoMinutes is { } minutes ? StoryTime.From(s_now.AddMinutes(minutes)) : null;
        var story = Story(exclusiveTo, embargo, pubStatus);

        var audience = s_routing.Audience(story, isKilled, s_now, routedTo);

        audience.Kind.ShouldBe(kind, rule);
        string[] partners = ["meo", "gulf", "other"];
        partners.Where(audience.Admits).ShouldBe(admitted, rule);
    }

    [Fact]
    public void Audience_Seed_IsExclusiveToMeo()
    {
        var seed = StoryDecoder.Decode(SharedFiles.ReadBytes(SharedFiles.Seed)).Story!;
        seed.Rights.ExclusiveTo.ShouldBe("The Middle East Online");

        var audience = s_routing.Audience(seed, isKilled: false, s_now, []);

        audience.ShouldBe(StoryAudience.Exclusive("meo"));
        audience.Admits("meo").ShouldBeTrue();
        audience.Admits("gulf").ShouldBeFalse();
    }

    [Fact]
    public void Audience_SeedWhenThePublisherIsTheMiddleEastOnline_GoesToEveryoneCredited()
    {
        var seed = StoryDecoder.Decode(SharedFiles.ReadBytes(SharedFiles.Seed)).Story!;
        var routing = new RightsRouting(new PartnerDirectory([Gulf], []), "Middle East Online");

        var audience = routing.Audience(seed, isKilled: false, s_now, []);

        audience.Kind.ShouldBe(AudienceKind.Everyone);
        audience.Admits("gulf").ShouldBeTrue();
        seed.Credit.ShouldBe("The Middle East Online");
    }

    [Fact]
    public void Audience_SeedWhenNoPartnerIsTheMiddleEastOnline_IsHeldUntilRouted()
    {
        var seed = StoryDecoder.Decode(SharedFiles.ReadBytes(SharedFiles.Seed)).Story!;
        var routing = new RightsRouting(new PartnerDirectory([Gulf], []), Publisher);

        routing.Audience(seed, isKilled: false, s_now, []).Admits("gulf").ShouldBeFalse();
        routing.Audience(seed, isKilled: false, s_now, ["gulf"]).Admits("gulf").ShouldBeTrue();
    }

    [Fact]
    public void Audience_PartnerKnownByThePublishersName_GetsTheStoryAlone()
    {
        var routing = new RightsRouting(TwoPartners, "Gulf Daily News");

        routing.Audience(Story("Gulf Daily News"), isKilled: false, s_now, []).ShouldBe(StoryAudience.Exclusive("gulf"));
    }

    [Fact]
    public void Audience_EmbargoedStoryAsTimePasses_NobodyUntilTheInstantThenEveryone()
    {
        // The embargo as the source wrote it, at +02:00: the instant counts, not the wall-clock digits.
        var until = new DateTimeOffset(2026, 11, 26, 14, 0, 0, TimeSpan.FromHours(2));
        var story = Story(embargo: StoryTime.From(until));

        var before = s_routing.Audience(story, isKilled: false, until.AddTicks(-1), []);
        var at = s_routing.Audience(story, isKilled: false, until, []);

        before.ShouldBe(StoryAudience.Embargoed(until));
        before.Until!.Value.Offset.ShouldBe(TimeSpan.FromHours(2));
        at.ShouldBe(StoryAudience.Everyone);
    }
}
