using System.Diagnostics;
using Confluent.Kafka;
using Syndication.Core.Decoding;

namespace Syndication.Worker.Pipeline;

/// <summary>A consumed message that cannot become a story, with why, and the trace it was processed in (default for none).</summary>
public sealed record DeadLetter(ConsumeResult<byte[]?, byte[]?> Source, Rejection Rejection, ActivityContext Trace = default);
