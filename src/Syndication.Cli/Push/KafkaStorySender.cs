using Confluent.Kafka;
using Syndication.Core.Decoding;
using Syndication.Worker.Kafka;

namespace Syndication.Cli.Push;

/// <summary>
/// Produces stories straight to <c>wire.stories.raw</c>, keyed by content, holding back whenever the
/// consumer group lags so far that the broker could drop unread messages.
/// </summary>
internal sealed class KafkaStorySender(string bootstrapServers, ConsumerLagGate gate) : IStorySender
{
    private readonly IProducer<byte[]?, byte[]?> _producer = new ProducerBuilder<byte[]?, byte[]?>(KafkaClientConfig.Producer(bootstrapServers)).Build();

    public async Task<Task<string?>> SendAsync(byte[] story, CancellationToken cancellationToken)
    {
        if (story.Length > StoryDecoder.MaxBytes)
        {
            return Task.FromResult<string?>($"larger than {StoryDecoder.MaxBytes} bytes");
        }

        await gate.WaitAsync(story.Length, cancellationToken).ConfigureAwait(false);
        return ProduceAsync(story, cancellationToken);
    }

    private async Task<string?> ProduceAsync(byte[] story, CancellationToken cancellationToken)
    {
        try
        {
            await _producer.ProduceAsync(
                KafkaTopics.RawStories,
                new Message<byte[]?, byte[]?> { Key = StoryMessageKey.For(story), Value = story },
                cancellationToken).ConfigureAwait(false);
            return null;
        }
        catch (KafkaException exception)
        {
            return exception.Error.Reason;
        }
    }

    public ValueTask DisposeAsync()
    {
        _producer.Flush(TimeSpan.FromSeconds(30));
        _producer.Dispose();
        gate.Dispose();
        return ValueTask.CompletedTask;
    }
}
