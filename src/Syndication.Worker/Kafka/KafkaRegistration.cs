using Confluent.Kafka;
using Microsoft.Extensions.Options;
using Syndication.Worker.Configuration;

namespace Syndication.Worker.Kafka;

public static partial class KafkaRegistration
{
    /// <summary>The broker (configured or embedded), the shared producer and the consume loop.</summary>
    public static IServiceCollection AddSyndicationKafka(this IServiceCollection services)
    {
        services.AddSingleton(provider =>
        {
            var options = provider.GetRequiredService<IOptions<KafkaOptions>>().Value;
            var log = provider.GetRequiredService<ILogger<KafkaEndpoint>>();
            var endpoint = options.BootstrapServers is { Length: > 0 } servers
                ? KafkaEndpoint.Configured(servers)
                : KafkaEndpoint.StartEmbedded();
            LogBroker(log, endpoint.BootstrapServers, endpoint.IsEmbedded);
            return endpoint;
        });
        services.AddSingleton(provider =>
            new ProducerBuilder<byte[]?, byte[]?>(KafkaClientConfig.Producer(provider.GetRequiredService<KafkaEndpoint>().BootstrapServers)).Build());
        services.AddSingleton(provider => provider.GetRequiredService<IOptions<KafkaOptions>>().Value);
        services.AddSingleton<ConsumerState>();
        services.AddSingleton<DeadLetterPublisher>();
        services.AddSingleton<IngestConsumer>();
        services.AddHostedService<IngestConsumerService>();
        return services;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Kafka bootstrap {BootstrapServers} (embedded broker: {Embedded})")]
    private static partial void LogBroker(ILogger logger, string bootstrapServers, bool embedded);
}
