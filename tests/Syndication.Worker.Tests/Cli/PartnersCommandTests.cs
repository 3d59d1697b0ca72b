using Syndication.Core.Partners.PartnersFile;
using Syndication.Worker.Tests.Infrastructure;

namespace Syndication.Worker.Tests.Cli;

public sealed class PartnersCommandTests
{
    private const string OldHash = "sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

    private const string Good = $$"""
        // The desk's partners: edited by hand, checked with `syndication partners check`.
        {
          "templates": { "brief": { "file": "templates/brief.liquid", "mediaType": "text/html" } },
          "partners": [
            { "id": "meo", "name": "The Middle East Online",
              "knownAs": ["The Middle East Online", "Middle East Online"],
              "keys": [
                "{{OldHash}}" // given out in May
              ],
              "storyFormat": "nitf",
              "feeds": [ { "name": "world", "format": "rss", "filter": { "urgencyAtMost": 5, "languages": ["en"] } } ],
              "rateLimit": { "perMinute": 600 } },
            { "id": "gulf", "name": "Gulf Daily", "storyFormat": "template:brief",
              "feeds": [ { "name": "all", "format": "atom" }, { "name": "json", "format": "jsonfeed" } ] },
          ],
        }
        """;

    private const string Bad = """
        {
          "partners": [
            { "id": "meo", "name": "The Middle East Online",
              "knowAs": ["Middle East Online"],
              "storyFormat": "nitf",
              "feeds": [ { "name": "world", "format": "rdf", "filter": { "urgencyAtMost": 12 } } ],
              "rateLimit": { "perMinute": 0 } },
            { "id": "meo", "name": "Copy", "storyFormat": "template:brief", "keys": ["hunter2"] }
          ]
        }
        """;

    private static readonly TimeSpan s_timeout = TimeSpan.FromMinutes(1);

    [Fact]
    public async Task Check_GoodFile_PrintsPartnersAndFeedsAndExitsZero()
    {
        using var directory = new TemporaryDirectory();
        var file = directory.File("partners.json");
        await File.WriteAllTextAsync(file, Good, TestContext.Current.CancellationToken);

        using var check = Run(["partners", "check", file]);

        (await check.WaitForExitAsync(s_timeout)).ShouldBe(0, check.Output);
        check.Output.ShouldBe("ok: 2 partners, 3 feeds");
    }

    [Fact]
    public async Task Check_FileWithSeveralErrors_PrintsEachAtItsFileLineAndColumnAndExitsOne()
    {
        using var directory = new TemporaryDirectory();
        var file = directory.File("partners.json");
        await File.WriteAllTextAsync(file, Bad, TestContext.Current.CancellationToken);

        using var check = Run(["partners", "check", file]);

        (await check.WaitForExitAsync(s_timeout)).ShouldBe(1, check.Output);
        check.Output.Split('\n').ShouldBe(
        [
            $"{file}:4:7: unknown property 'knowAs' in a partner: did you mean 'knownAs'? ($.partners[0].knowAs)",
            $"{file}:6:47: unknown feed format 'rdf': use rss, atom or jsonfeed ($.partners[0].feeds[0].format)",
            $"{file}:6:83: 'urgencyAtMost' must be a whole number from 1 (a flash) to 9, not 12 ($.partners[0].feeds[0].filter.urgencyAtMost)",
            $"{file}:7:35: 'perMinute' must be a whole number above 0, not 0 ($.partners[0].rateLimit.perMinute)",
            $"{file}:8:13: partner id 'meo' is already used by the partner on line 3 ($.partners[1].id)",
            $"{file}:8:51: template 'brief' is not defined under \"templates\" (the file defines none) ($.partners[1].storyFormat)",
            $"{file}:8:78: a key must be stored as its hash, 'sha256:' and 64 hex digits, not 'hunter2': run 'syndication partners add-key meo' to add one ($.partners[1].keys[0])",
        ]);
    }

    [Fact]
    public async Task Check_MissingFile_SaysSoAndExitsOne()
    {
        using var directory = new TemporaryDirectory();

        using var check = Run(["partners", "check", directory.File("none.json")]);

        (await check.WaitForExitAsync(s_timeout)).ShouldBe(1, check.Output);
        check.Output.ShouldStartWith($"{directory.File("none.json")}: cannot be read:");
    }

    [Fact]
    public async Task AddKey_KnownPartner_WritesOnlyTheHashAndPrintsAKeyThatFindsThePartner()
    {
        using var directory = new TemporaryDirectory();
        var file = directory.File("partners.json");
        await File.WriteAllTextAsync(file, Good, TestContext.Current.CancellationToken);

        using var addKey = Run(["partners", "add-key", "meo", "--file", file]);

        (await addKey.WaitForExitAsync(s_timeout)).ShouldBe(0, addKey.Output);
        var lines = addKey.Output.Split('\n');
        lines.Length.ShouldBe(2, addKey.Output);
        var key = lines[0];
        key.ShouldStartWith("syn_");
        lines[1].ShouldContain("not stored anywhere and cannot be shown again");
        var text = await File.ReadAllTextAsync(file, TestContext.Current.CancellationToken);
        text.ShouldNotContain(key);
        var directoryRead = PartnersFileParser.Parse(text).Directory.ShouldNotBeNull();
        directoryRead.FindByKey(key)!.Id.ShouldBe("meo");
        directoryRead.Find("meo")!.KeyHashes.Count.ShouldBe(2);
        directoryRead.FindByKey("abc")!.Id.ShouldBe("meo");
        text.ShouldContain("// The desk's partners: edited by hand");
        text.ShouldContain($"\"{OldHash}\", // given out in May");
        Directory.GetFiles(directory.Path).ShouldBe([file]);
    }

    [Fact]
    public async Task AddKey_PartnerWithoutKeys_AddsAKeysProperty()
    {
        using var directory = new TemporaryDirectory();
        var file = directory.File("partners.json");
        await File.WriteAllTextAsync(file, Good, TestContext.Current.CancellationToken);

        using var addKey = Run(["partners", "add-key", "gulf", "--file", file]);

        (await addKey.WaitForExitAsync(s_timeout)).ShouldBe(0, addKey.Output);
        var text = await File.ReadAllTextAsync(file, TestContext.Current.CancellationToken);
        PartnersFileParser.Parse(text).Directory!.FindByKey(addKey.Output.Split('\n')[0])!.Id.ShouldBe("gulf");
    }

    [Fact]
    public async Task AddKey_UnknownPartner_ExitsOneAndLeavesTheFileAlone()
    {
        using var directory = new TemporaryDirectory();
        var file = directory.File("partners.json");
        await File.WriteAllTextAsync(file, Good, TestContext.Current.CancellationToken);

        using var addKey = Run(["partners", "add-key", "reuters", "--file", file]);

        (await addKey.WaitForExitAsync(s_timeout)).ShouldBe(1, addKey.Output);
        addKey.Output.ShouldBe($"unknown partner 'reuters' in {file} (it has meo, gulf): no key was added.");
        (await File.ReadAllTextAsync(file, TestContext.Current.CancellationToken)).ShouldBe(Good);
    }

    [Fact]
    public async Task AddKey_FileWithErrors_ExitsOneAndLeavesTheFileAlone()
    {
        using var directory = new TemporaryDirectory();
        var file = directory.File("partners.json");
        await File.WriteAllTextAsync(file, Bad, TestContext.Current.CancellationToken);

        using var addKey = Run(["partners", "add-key", "meo", "--file", file]);

        (await addKey.WaitForExitAsync(s_timeout)).ShouldBe(1, addKey.Output);
        addKey.Output.ShouldContain("has errors: no key was added");
        (await File.ReadAllTextAsync(file, TestContext.Current.CancellationToken)).ShouldBe(Bad);
    }

    [Fact]
    public async Task AddKey_WithoutFile_UsesPartnersPathFromTheEnvironment()
    {
        using var directory = new TemporaryDirectory();
        var file = directory.File("elsewhere.json");
        await File.WriteAllTextAsync(file, Good, TestContext.Current.CancellationToken);

        using var addKey = Run(["partners", "add-key", "gulf"], new Dictionary<string, string> { ["Partners__Path"] = file });

        (await addKey.WaitForExitAsync(s_timeout)).ShouldBe(0, addKey.Output);
        var text = await File.ReadAllTextAsync(file, TestContext.Current.CancellationToken);
        PartnersFileParser.Parse(text).Directory!.FindByKey(addKey.Output.Split('\n')[0])!.Id.ShouldBe("gulf");
    }

    [Fact]
    public async Task AddKey_WithoutFileOrPartnersPath_UsesPartnersJsonBesideTheStore()
    {
        using var directory = new TemporaryDirectory();
        Directory.CreateDirectory(directory.File("store"));
        var file = Path.Combine(directory.Path, "store", "partners.json");
        await File.WriteAllTextAsync(file, Good, TestContext.Current.CancellationToken);

        using var addKey = Run(["partners", "add-key", "meo"], new Dictionary<string, string> { ["Storage__Path"] = directory.File("store/syndication.db") });

        (await addKey.WaitForExitAsync(s_timeout)).ShouldBe(0, addKey.Output);
        addKey.Output.ShouldContain($"only its hash was added to {file}");
    }

    [Fact]
    public async Task AddKey_NothingConfigured_UsesDataPartnersJsonInTheWorkingDirectory()
    {
        using var directory = new TemporaryDirectory();
        Directory.CreateDirectory(directory.File("data"));
        await File.WriteAllTextAsync(directory.File("data/partners.json"), Good, TestContext.Current.CancellationToken);

        using var addKey = Run(["partners", "add-key", "meo"], workingDirectory: directory.Path);

        (await addKey.WaitForExitAsync(s_timeout)).ShouldBe(0, addKey.Output);
        var text = await File.ReadAllTextAsync(directory.File("data/partners.json"), TestContext.Current.CancellationToken);
        PartnersFileParser.Parse(text).Directory!.FindByKey(addKey.Output.Split('\n')[0])!.Id.ShouldBe("meo");
    }

    private static ExternalProcess Run(string[] arguments, IReadOnlyDictionary<string, string>? environment = null, string? workingDirectory = null) =>
        ExternalProcess.Start("dotnet", [RepositoryPaths.CliDll, .. arguments], environment, workingDirectory);
}
