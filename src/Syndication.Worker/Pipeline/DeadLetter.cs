using Confluent.Kafka;
using Syndication.Core.Decoding;

namespace Syndication.Worker.Pipeline;

/// <summary>A consumed message that cannot become a story, with why.</summary>
public sealed record DeadLetter(ConsumeResult<byte[]?, byte[]?> Source, Rejection Rejection);
