using System.Text.Json;

namespace Syndication.Tests.Shared;

/// <summary>
/// The validators and readers we did not write, each run on a file we rendered. Installed by test.sh: jing
/// and xmllint from Debian, ajv-cli and @extractus/feed-extractor from npm into tests/tools.
/// </summary>
internal static class Validators
{
    private static string NodeTools => Path.Combine(TestPaths.Root, "tests", "tools");

    private static string Ajv => Path.Combine(NodeTools, "node_modules", ".bin", "ajv");

    /// <summary>Atom 1.0 against RFC 4287's RELAX NG schema.</summary>
    internal static Task<(int ExitCode, string Output)> AtomAsync(string file) =>
        ExternalTool.RunAsync("jing", ["-c", TestPaths.Schema("atom/atom.rnc"), file]);

    /// <summary>JSON Feed 1.1 against its JSON Schema.</summary>
    internal static Task<(int ExitCode, string Output)> JsonFeedAsync(string file) =>
        ExternalTool.RunAsync(Ajv, ["validate", "--spec=draft7", "-c", "ajv-formats", "-s", TestPaths.Schema("jsonfeed/schema-v1.1.json"), "-d", file]);

    /// <summary>ninjs 3.1 against IPTC's schema (draft 2020-12, with GeoJSON for places).</summary>
    internal static Task<(int ExitCode, string Output)> NinjsAsync(string file) =>
        ExternalTool.RunAsync(Ajv, [
            "validate", "--spec=draft2020", "-c", "ajv-formats",
            "-s", TestPaths.Schema("ninjs/specification/ninjs-schema_3.1.json"),
            "-r", TestPaths.Schema("ninjs/validation/test_suite/GeoJSON-schema.json"),
            "-d", file]);

    /// <summary>NITF 3.6 against its XSD.</summary>
    internal static Task<(int ExitCode, string Output)> NitfAsync(string file) => NitfAsync([file]);

    /// <summary>NITF 3.6 against its XSD, many files in one xmllint run; the exit code is not 0 when any fails.</summary>
    internal static Task<(int ExitCode, string Output)> NitfAsync(IEnumerable<string> files) =>
        ExternalTool.RunAsync("xmllint", ["--noout", "--nonet", "--schema", TestPaths.Schema("nitf/nitf-3-6.xsd"), .. files]);

    /// <summary>NewsML-G2 2.35 against its XSD; NITF inside inlineXML is checked against NITF 3.6 too.</summary>
    internal static Task<(int ExitCode, string Output)> NewsMlG2Async(string file) => NewsMlG2Async([file]);

    /// <summary>NewsML-G2 2.35 (and inline NITF 3.6), many files in one xmllint run; the exit code is not 0 when any fails.</summary>
    internal static Task<(int ExitCode, string Output)> NewsMlG2Async(IEnumerable<string> files) =>
        ExternalTool.RunAsync("xmllint", ["--noout", "--nonet", "--schema", TestPaths.Schema("newsml-g2/g2-nitf-wrapper.xsd"), .. files]);

    /// <summary>What npm's @extractus/feed-extractor reads from an RSS, Atom or JSON Feed file.</summary>
    internal static async Task<JsonElement> ReadFeedAsync(string file)
    {
        var (exitCode, output) = await ExternalTool.RunAsync("node", [Path.Combine(NodeTools, "read-feed.mjs"), file]);
        exitCode.ShouldBe(0, output);
        return JsonDocument.Parse(output).RootElement.Clone();
    }
}
