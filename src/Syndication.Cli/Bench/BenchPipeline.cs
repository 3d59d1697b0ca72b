using Confluent.Kafka;
using Microsoft.Extensions.Logging.Abstractions;
using Syndication.Storage;
using Syndication.Worker.Configuration;
using Syndication.Worker.Kafka;
using Syndication.Worker.Pipeline;

namespace Syndication.Cli.Bench;

/// <summary>
/// One worker's ingest in this process: its own Kafka clients, batch processor and consume loop (on a thread
/// of its own) as a member of <c>groupId</c>, into a store it is given. Stopped and waited for when disposed.
/// </summary>
internal sealed class BenchPipeline : IDisposable
{
    private readonly KafkaEndpoint _endpoint;
    private readonly IProducer<byte[]?, byte[]?> _producer;
    private readonly CancellationTokenSource _stop;
    private readonly Task _loop;

    private BenchPipeline(KafkaEndpoint endpoint, IProducer<byte[]?, byte[]?> producer, ConsumerState state, IngestConsumer consumer, CancellationToken cancellationToken)
    {
        _endpoint = endpoint;
        _producer = producer;
        State = state;
        _stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        _loop = Task.Factory.StartNew(() => consumer.Run(_stop.Token), _stop.Token, TaskCreationOptions.LongRunning, TaskScheduler.Default);
    }

    /// <summary>What its consume loop last saw: its partitions, and the messages it committed.</summary>
    internal ConsumerState State { get; }

    /// <summary>Messages this pipeline consumed and committed to the store (over the last ten minutes, which a bench run stays within).</summary>
    internal long Consumed => State.Flow.Recent(TimeProvider.System.GetUtcNow()).Sum(minute => minute.Consumed);

    /// <summary>Starts consuming the raw topic as a member of <paramref name="groupId"/>, into <paramref name="store"/> (fresh and open).</summary>
    internal static BenchPipeline Start(string bootstrapServers, string groupId, IStoryStore store, CancellationToken cancellationToken)
    {
        var time = TimeProvider.System;
        var endpoint = KafkaEndpoint.Configured(bootstrapServers);
        var producer = new ProducerBuilder<byte[]?, byte[]?>(KafkaClientConfig.Producer(bootstrapServers)).Build();
        var state = new ConsumerState();
        var processor = new StoryBatchProcessor(store, new StoreStamp(store, time), new DeadLetterPublisher(producer, NullLogger<DeadLetterPublisher>.Instance), state, new IngestOptions(), time, NullLogger<StoryBatchProcessor>.Instance);
        var consumer = new IngestConsumer(endpoint, new KafkaOptions { GroupId = groupId }, store, processor, state, time, NullLogger<IngestConsumer>.Instance);
        return new BenchPipeline(endpoint, producer, state, consumer, cancellationToken);
    }

    /// <summary>Rethrows what ended the consume loop, if it failed.</summary>
    internal void ThrowIfFaulted()
    {
        if (_loop.IsFaulted)
        {
            _loop.GetAwaiter().GetResult();
        }
    }

    /// <summary>Stops the consume loop and waits for it: the batch in flight is stored, the consumer leaves the group.</summary>
    internal void Stop()
    {
        _stop.Cancel();
        _loop.GetAwaiter().GetResult();
    }

    public void Dispose()
    {
        _stop.Cancel();
        try
        {
            _loop.Wait();
        }
        catch (AggregateException)
        {
            // A failed loop has been reported by Stop or ThrowIfFaulted; disposing after it only releases.
        }

        _producer.Dispose();
        _endpoint.Dispose();
        _stop.Dispose();
    }
}
