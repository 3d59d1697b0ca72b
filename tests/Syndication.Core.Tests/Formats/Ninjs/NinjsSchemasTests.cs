using System.Text.Json;
using Syndication.Core.Formats.Ninjs;

namespace Syndication.Core.Tests.Formats.Ninjs;

public sealed class NinjsSchemasTests
{
    private const string Suites = "schemas/ninjs/validation/test_suite";

    // The suites IPTC runs against the newest schema of each generation (the ones the embedded schemas are).
    private static readonly Dictionary<string, NinjsGeneration> s_suites = new(StringComparer.Ordinal)
    {
        ["1.5"] = NinjsGeneration.One,
        ["1.6"] = NinjsGeneration.One,
        ["2.1"] = NinjsGeneration.Two,
        ["2.2"] = NinjsGeneration.Two,
        ["3.0"] = NinjsGeneration.Three,
        ["3.1"] = NinjsGeneration.Three,
    };

    public static TheoryData<string, bool> SuiteFiles
    {
        get
        {
            var data = new TheoryData<string, bool>();
            foreach (var version in s_suites.Keys)
            {
                foreach (var path in SharedFiles.Files($"{Suites}/{version}", ".json"))
                {
                    if (path.Contains("/should_", StringComparison.Ordinal))
                    {
                        data.Add(path, path.Contains("/should_pass/", StringComparison.Ordinal));
                    }
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(SuiteFiles))]
    public void Validate_IptcSuiteFile_AgreesWithTheSuite(string path, bool valid)
    {
        using var document = JsonDocument.Parse(SharedFiles.ReadBytes(path));
        var generation = s_suites[path.Split('/')[4]];
        var deviations = new NinjsDeviations();

        NinjsSchemas.Validate(document.RootElement, generation, deviations);

        deviations.Any.ShouldBe(!valid, string.Join(" ", deviations.ToList()));
    }

    [Fact]
    public void Validate_UnknownPropertyAndWrongType_SaysEachInASentence()
    {
        using var document = JsonDocument.Parse(SharedFiles.ReadBytes("corpora/iptc/ninjs/ninjsExComplex2-invalid.json"));
        var deviations = new NinjsDeviations();

        NinjsSchemas.Validate(document.RootElement, NinjsGeneration.One, deviations);

        deviations.ToList().ShouldBe(
        [
            "Against the ninjs 1.6 schema, \"person/0/code\": Value is \"integer\" but should be \"string\".",
            "\"organisationXXX\" is not a property ninjs 1.6 defines.",
        ], ignoreOrder: true);
    }

    [Fact]
    public void Validate_FailedRefInTwoPointTwo_DoesNotEchoEveryDeclaredPropertyAsUnevaluated()
    {
        using var document = JsonDocument.Parse("""{"uri": "urn:x", "urgency": "high", "headlines": [{"value": "H"}]}""");
        var deviations = new NinjsDeviations();

        NinjsSchemas.Validate(document.RootElement, NinjsGeneration.Two, deviations);

        deviations.ToList().ShouldHaveSingleItem().ShouldContain("\"urgency\"");
    }

    [Fact]
    public void Validate_PropertyTheReaderExplained_IsNotSaidTwice()
    {
        using var document = JsonDocument.Parse("""{"uri": "urn:x", "headlines": "H"}""");
        var deviations = new NinjsDeviations();
        deviations.Add("headlines", "read as the headline.");

        NinjsSchemas.Validate(document.RootElement, NinjsGeneration.One, deviations);

        deviations.ToList().ShouldBe(["read as the headline."]);
    }

    [Theory]
    [InlineData(1, "body_anything", true)]
    [InlineData(1, "headlines", false)]
    [InlineData(2, "headlines", true)]
    [InlineData(2, "versionCreated", false)]
    [InlineData(3, "versionCreated", true)]
    [InlineData(3, "versioncreated", false)]
    public void Declares_PropertyName_FollowsTheGenerationsSchema(int generation, string name, bool declared)
    {
        NinjsSchemas.Declares((NinjsGeneration)generation, name).ShouldBe(declared);
    }
}
