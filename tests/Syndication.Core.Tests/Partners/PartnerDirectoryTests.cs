using Syndication.Core.Partners;
using static Syndication.Core.Tests.Partners.PartnerTestData;

namespace Syndication.Core.Tests.Partners;

public sealed class PartnerDirectoryTests
{
    [Fact]
    public void FindByKey_KeyOfEachPartner_FindsThatPartner()
    {
        TwoPartners.FindByKey(MeoKey).ShouldBe(Meo);
        TwoPartners.FindByKey(GulfKey).ShouldBe(Gulf);
    }

    [Fact]
    public void FindByKey_KeyAmongHundredPartnersWithTwoKeysEach_FindsItsOwner()
    {
        var keys = Enumerable.Range(0, 100).Select(i => (First: PartnerKey.Generate(), Second: PartnerKey.Generate())).ToList();
        var partners = keys.Select((key, i) => Meo with { Id = $"p{i}", KnownAs = [], KeyHashes = [PartnerKey.Hash(key.First), PartnerKey.Hash(key.Second)] }).ToList();
        var directory = new PartnerDirectory(partners, []);

        for (var i = 0; i < keys.Count; i++)
        {
            directory.FindByKey(keys[i].First)!.Id.ShouldBe($"p{i}");
            directory.FindByKey(keys[i].Second)!.Id.ShouldBe($"p{i}");
        }
    }

    [Theory]
    [InlineData("syn_unknown")]
    [InlineData("")]
    [InlineData("SYN_MEO-TEST-KEY")]
    [InlineData("syn_meo-test-key ")]
    public void FindByKey_WrongKey_FindsNobody(string key)
    {
        TwoPartners.FindByKey(key).ShouldBeNull();
    }

    [Fact]
    public void FindByKey_TheStoredHashPresentedAsKey_FindsNobody()
    {
        TwoPartners.FindByKey(PartnerKey.Hash(MeoKey)).ShouldBeNull();
    }

    [Fact]
    public void FindByKey_UpperCaseHashInFile_StillMatches()
    {
        var directory = new PartnerDirectory([Meo with { KeyHashes = ["sha256:" + PartnerKey.Hash(MeoKey)[7..].ToUpperInvariant()] }], []);

        directory.FindByKey(MeoKey).ShouldBe(directory.Partners[0]);
    }

    [Theory]
    [InlineData("meo")]
    [InlineData("MEO")]
    public void Find_Id_IgnoresCase(string id)
    {
        TwoPartners.Find(id).ShouldBe(Meo);
    }

    [Fact]
    public void Find_UnknownId_FindsNobody()
    {
        TwoPartners.Find("reuters").ShouldBeNull();
    }

    [Theory]
    [InlineData("The Middle East Online", "meo")]
    [InlineData("middle east online.", "meo")]
    [InlineData("GULF DAILY NEWS", "gulf")]
    [InlineData("Gulf Daily", null)]
    [InlineData("Reuters", null)]
    public void FindByName_NameAStoryGives_FindsThePartnerKnownByIt(string name, string? id)
    {
        (TwoPartners.FindByName(name)?.Id).ShouldBe(id);
    }

    [Fact]
    public void Constructor_TwoPartnersWithOneId_Throws()
    {
        Should.Throw<ArgumentException>(() => new PartnerDirectory([Meo, Gulf with { Id = "MEO" }], []));
    }

    [Fact]
    public void Constructor_TwoPartnersKnownByOneName_Throws()
    {
        Should.Throw<ArgumentException>(() => new PartnerDirectory([Meo, Gulf with { KnownAs = ["Middle East Online."] }], []));
    }

    [Fact]
    public void Constructor_TwoPartnersWithOneKey_Throws()
    {
        Should.Throw<ArgumentException>(() => new PartnerDirectory([Meo, Gulf with { KeyHashes = Meo.KeyHashes }], []));
    }

    [Fact]
    public void Constructor_UndefinedTemplate_ThrowsAndDefinedOneIsKept()
    {
        var templated = Gulf with { StoryFormat = StoryFormat.Template("brief") };

        Should.Throw<ArgumentException>(() => new PartnerDirectory([templated], []));
        new PartnerDirectory([templated], [new PartnerTemplate("brief", "templates/brief.liquid", "text/html")])
            .Templates["brief"].File.ShouldBe("templates/brief.liquid");
    }
}
