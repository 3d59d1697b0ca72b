using System.Diagnostics;
using System.Text;
using Confluent.Kafka;

namespace Syndication.Worker.Tests.Infrastructure;

/// <summary>Reads a topic the worker produces to (a partner's, the delivery dead letters) with a real Kafka consumer.</summary>
internal static class PartnerTopic
{
    /// <summary>Reads the topic from its beginning until <paramref name="done"/> holds for what was read.</summary>
    internal static async Task<List<ConsumeResult<byte[]?, byte[]?>>> ReadUntilAsync(
        string bootstrapServers, string topic, Func<IReadOnlyList<ConsumeResult<byte[]?, byte[]?>>, bool> done, TimeSpan timeout)
    {
        using var consumer = await Task.Run(() => TopicReader.Open(bootstrapServers, topic, timeout));
        var messages = new List<ConsumeResult<byte[]?, byte[]?>>();
        var clock = Stopwatch.StartNew();
        try
        {
            while (!done(messages))
            {
                if (clock.Elapsed > timeout)
                {
                    throw new TimeoutException($"{topic}: what was expected never came within {timeout}; read {messages.Count} messages.");
                }

                var message = await Task.Run(() => consumer.Consume(TimeSpan.FromMilliseconds(200)));
                if (message is { IsPartitionEOF: false })
                {
                    messages.Add(message);
                }
            }
        }
        finally
        {
            consumer.Close();
        }

        return messages;
    }

    internal static string? Header(ConsumeResult<byte[]?, byte[]?> message, string name) =>
        message.Message.Headers.TryGetLastBytes(name, out var value) ? Encoding.UTF8.GetString(value) : null;
}
