using CsCheck;
using Syndication.Core.Partners;
using Syndication.Core.Partners.PartnersFile;

namespace Syndication.Core.Tests.Partners.PartnersFile;

public sealed class PartnerKeyInsertionTests
{
    private const string OldHash = "sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

    private static readonly string s_key = PartnerKey.Generate();

    private static readonly string s_hash = PartnerKey.Hash(s_key);

    [Fact]
    public void Insert_KeysOneToALineWithComments_AddsALineAndKeepsEverythingElse()
    {
        var text = $$"""
            // The desk's partners.
            {
              "partners": [
                {
                  "id": "meo", "name": "M", "storyFormat": "nitf",
                  "keys": [
                    "{{OldHash}}" // given out in May
                  ]
                }
              ]
            }
            """;

        var updated = PartnerKeyInsertion.Insert(text, "meo", s_hash);

        updated.ShouldBe(text.Replace(
            $"        \"{OldHash}\" // given out in May\n",
            $"        \"{OldHash}\", // given out in May\n        \"{s_hash}\"\n",
            StringComparison.Ordinal));
        Reread(updated).FindByKey(s_key)!.Id.ShouldBe("meo");
    }

    [Fact]
    public void Insert_KeysOneToALineWithTrailingComma_AddsALineWithoutASecondComma()
    {
        var text = $"{{ \"partners\": [ {{ \"id\": \"meo\", \"name\": \"M\", \"storyFormat\": \"nitf\", \"keys\": [\n    \"{OldHash}\",\n  ] }} ] }}";

        var updated = PartnerKeyInsertion.Insert(text, "meo", s_hash);

        updated.ShouldContain($"    \"{OldHash}\",\n    \"{s_hash}\"\n  ]", Case.Sensitive);
        Reread(updated).Find("meo")!.KeyHashes.ShouldBe([OldHash, s_hash]);
    }

    [Fact]
    public void Insert_KeysOnOneLine_AppendsOnThatLine()
    {
        var text = $$"""{ "partners": [ { "id": "meo", "name": "M", "storyFormat": "nitf", "keys": ["{{OldHash}}"] } ] }""";

        var updated = PartnerKeyInsertion.Insert(text, "MEO", s_hash);

        updated.ShouldBe(text.Replace($"\"{OldHash}\"]", $"\"{OldHash}\", \"{s_hash}\"]", StringComparison.Ordinal));
    }

    [Fact]
    public void Insert_NoKeysYet_FillsTheEmptyArray()
    {
        const string text = """{ "partners": [ { "id": "meo", "name": "M", "storyFormat": "nitf", "keys": [] } ] }""";

        PartnerKeyInsertion.Insert(text, "meo", s_hash).ShouldBe(text.Replace("[]", $"[\"{s_hash}\"]", StringComparison.Ordinal));
    }

    [Fact]
    public void Insert_PartnerWithoutKeysProperty_AddsItAfterTheLastPropertyIndentedLikeIt()
    {
        const string text = "{\n  \"partners\": [\n    {\n      \"id\": \"gulf\",\n      \"name\": \"G\",\n      \"storyFormat\": \"ninjs\" // for now\n    },\n    { \"id\": \"meo\", \"name\": \"M\", \"storyFormat\": \"nitf\" }\n  ]\n}\n";

        var updated = PartnerKeyInsertion.Insert(text, "gulf", s_hash);

        updated.ShouldBe(text.Replace(
            "      \"storyFormat\": \"ninjs\" // for now\n",
            $"      \"storyFormat\": \"ninjs\", // for now\n      \"keys\": [\"{s_hash}\"]\n",
            StringComparison.Ordinal));
        Reread(updated).FindByKey(s_key)!.Id.ShouldBe("gulf");
    }

    [Fact]
    public void Insert_PartnerOnOneLineWithoutKeys_AddsThemOnThatLine()
    {
        const string text = "{ \"partners\": [\n  { \"id\": \"meo\", \"name\": \"M\", \"storyFormat\": \"nitf\" }\n] }";

        var updated = PartnerKeyInsertion.Insert(text, "meo", s_hash);

        updated.ShouldBe(text.Replace("\"nitf\" }", $"\"nitf\", \"keys\": [\"{s_hash}\"] }}", StringComparison.Ordinal));
    }

    [Fact]
    public void Insert_CrLfFile_KeepsCrLf()
    {
        var text = $"{{\r\n  \"partners\": [ {{ \"id\": \"meo\", \"name\": \"M\", \"storyFormat\": \"nitf\",\r\n    \"keys\": [\r\n      \"{OldHash}\"\r\n    ] }} ]\r\n}}\r\n";

        var updated = PartnerKeyInsertion.Insert(text, "meo", s_hash);

        updated.ShouldContain($"      \"{OldHash}\",\r\n      \"{s_hash}\"\r\n    ]", Case.Sensitive);
        updated.Replace("\r\n", "", StringComparison.Ordinal).ShouldNotContain('\n');
        Reread(updated).FindByKey(s_key)!.Id.ShouldBe("meo");
    }

    [Fact]
    public void Insert_ValueAfterTheLastKeyOnItsLine_PutsTheNewKeyRightAfterIt()
    {
        var text = $"{{ \"partners\": [ {{ \"id\": \"meo\", \"keys\": [\n    \"{OldHash}\" ], \"name\": \"M\", \"storyFormat\": \"nitf\" }} ] }}";

        var updated = PartnerKeyInsertion.Insert(text, "meo", s_hash);

        updated.ShouldContain($"    \"{OldHash}\",\n    \"{s_hash}\" ], \"name\"", Case.Sensitive);
        Reread(updated).FindByKey(s_key)!.Id.ShouldBe("meo");
    }

    [Fact]
    public void Insert_AnyLayoutOfAValidFile_GivesTheKeyToThatPartnerAndChangesNothingElse()
    {
        // The issue's example with white space, line breaks, comments and commas put anywhere; of those that
        // are still valid, every partner gets a key.
        string[] filler = [" ", "\n", "\r\n", "\t", "// note\n", "/* note */", ",", "\n  "];
        var layouts = Gen.Int[0, PartnersFileParserTests.Good.Length].Array[1, 6]
            .SelectMany(positions => Gen.Int[0, filler.Length - 1].Array[positions.Length].Select(kinds => (positions, kinds)))
            .Select(edit => edit.positions.Zip(edit.kinds).OrderByDescending(p => p.First)
                .Aggregate(PartnersFileParserTests.Good, (text, p) => text.Insert(p.First, filler[p.Second])))
            .Where(text => PartnersFileParser.Parse(text).Directory is not null);

        layouts.Sample(text =>
        {
            var before = PartnersFileParser.Parse(text).Directory!;
            foreach (var partner in before.Partners)
            {
                var key = PartnerKey.Generate();
                var after = Reread(PartnerKeyInsertion.Insert(text, partner.Id, PartnerKey.Hash(key)));
                after.FindByKey(key)!.Id.ShouldBe(partner.Id);
                after.Partners.Select(p => p with { KeyHashes = [.. p.KeyHashes.Where(hash => hash != PartnerKey.Hash(key))] })
                    .Select(p => (p.Id, p.Name, string.Join(',', p.KnownAs), string.Join(',', p.KeyHashes), p.StoryFormat, p.Feeds.Count))
                    .ShouldBe(before.Partners.Select(p => (p.Id, p.Name, string.Join(',', p.KnownAs), string.Join(',', p.KeyHashes), p.StoryFormat, p.Feeds.Count)));
            }
        }, iter: 500);
    }

    [Fact]
    public void Insert_UnknownPartner_Throws()
    {
        Should.Throw<ArgumentException>(() => PartnerKeyInsertion.Insert("""{ "partners": [] }""", "meo", s_hash));
    }

    [Fact]
    public void Insert_NotAHash_Throws()
    {
        Should.Throw<ArgumentException>(() => PartnerKeyInsertion.Insert("""{ "partners": [] }""", "meo", s_key));
    }

    private static PartnerDirectory Reread(string text)
    {
        var result = PartnersFileParser.Parse(text);
        result.Errors.ShouldBeEmpty();
        return result.Directory!;
    }
}
