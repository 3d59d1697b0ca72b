using System.Text.Json;
using System.Text.Json.Nodes;
using Syndication.Core.Partners;

namespace Syndication.Cli.Bench;

/// <summary>
/// The one partner the HTTP bench serves: known as "The Bench Partner", whom <see cref="BenchStories"/> are
/// exclusive to (so rights routing gives them to it alone), with one RSS feed and no rate limit.
/// </summary>
internal sealed class BenchPartner
{
    internal const string Id = "bench";

    internal const string Feed = "world";

    /// <summary>A fresh key; only its hash goes into the file.</summary>
    internal string Key { get; } = PartnerKey.Generate();

    internal string FeedPath => $"partners/{Id}/feeds/{Feed}";

    internal void WritePartnersFile(string path)
    {
        var file = new JsonObject
        {
            ["partners"] = new JsonArray(new JsonObject
            {
                ["id"] = Id,
                ["name"] = "The Bench Partner",
                ["knownAs"] = new JsonArray("The Bench Partner"),
                ["keys"] = new JsonArray(PartnerKey.Hash(Key)),
                ["storyFormat"] = "ninjs",
                ["feeds"] = new JsonArray(new JsonObject { ["name"] = Feed, ["format"] = "rss" }),
            }),
        };
        File.WriteAllText(path, file.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
    }
}
