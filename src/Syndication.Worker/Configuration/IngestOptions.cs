using Syndication.Core.Decoding;

namespace Syndication.Worker.Configuration;

/// <summary>The <c>Ingest</c> configuration section.</summary>
public sealed class IngestOptions
{
    public const string Section = "Ingest";

    /// <summary>
    /// The largest story accepted, in bytes; larger ones are refused by <c>POST /ingest</c> and dead-lettered
    /// by the consumer. At most (and by default) 5 MB.
    /// </summary>
    public int MaxStoryBytes { get; set; } = StoryDecoder.MaxBytes;
}
