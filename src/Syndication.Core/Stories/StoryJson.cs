using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using System.Text.Unicode;

namespace Syndication.Core.Stories;

/// <summary>The one JSON shape of a story: what the store keeps and what <c>GET /stories/{id}</c> returns.</summary>
/// <remarks>
/// Implementation note: text is written as itself, as in the documents we render (see
/// <see cref="Text.JsonOutput"/>), with <c>&lt; &gt; &amp;</c>, quotes and control characters still escaped. The
/// serializer's default escapes every non-ASCII character one at a time, and nearly every paragraph of wire
/// copy has a curly quote: that was half the time of a story's JSON, and each such character took six bytes
/// of the store's row instead of three. Stories stored before read back the same: it is the same JSON.
/// </remarks>
public static class StoryJson
{
    private static readonly JsonTypeInfo<Story> s_story = new StoryJsonContext(
        new JsonSerializerOptions(StoryJsonContext.Default.Options) { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) }).Story;

    public static byte[] Serialize(Story story) =>
        JsonSerializer.SerializeToUtf8Bytes(story, s_story);

    public static Story Deserialize(ReadOnlySpan<byte> json) =>
        JsonSerializer.Deserialize(json, s_story)
        ?? throw new JsonException("A stored story is null.");
}

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UseStringEnumConverter = true)]
[JsonSerializable(typeof(Story))]
internal sealed partial class StoryJsonContext : JsonSerializerContext;
