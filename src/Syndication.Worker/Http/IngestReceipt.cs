using System.Text.Json.Serialization;

namespace Syndication.Worker.Http;

/// <summary>Where an ingested story landed.</summary>
public sealed record IngestReceipt(string Topic, int Partition, long Offset);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(IngestReceipt))]
internal sealed partial class IngestJsonContext : JsonSerializerContext;
