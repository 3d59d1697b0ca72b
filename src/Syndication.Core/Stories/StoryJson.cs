using System.Text.Json;
using System.Text.Json.Serialization;

namespace Syndication.Core.Stories;

/// <summary>The one JSON shape of a story: what the store keeps and what <c>GET /stories/{id}</c> returns.</summary>
public static class StoryJson
{
    public static byte[] Serialize(Story story) =>
        JsonSerializer.SerializeToUtf8Bytes(story, StoryJsonContext.Default.Story);

    public static Story Deserialize(ReadOnlySpan<byte> json) =>
        JsonSerializer.Deserialize(json, StoryJsonContext.Default.Story)
        ?? throw new JsonException("A stored story is null.");
}

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UseStringEnumConverter = true)]
[JsonSerializable(typeof(Story))]
internal sealed partial class StoryJsonContext : JsonSerializerContext;
