using System.Runtime.InteropServices;

namespace Syndication.Worker.Kafka;

/// <summary>Asks a Kafka cluster for its id, which Confluent.Kafka's admin client cannot do on the mock.</summary>
public static class KafkaClusterId
{
    /// <summary>The cluster id, or null when the cluster did not answer in time.</summary>
    public static string? Query(string bootstrapServers, TimeSpan timeout)
    {
        var handle = LibrdkafkaNative.CreateHandle(
            LibrdkafkaNative.ProducerType,
            [new("bootstrap.servers", bootstrapServers), new("log_level", "3")]);
        try
        {
            var id = LibrdkafkaNative.rd_kafka_clusterid(handle, (int)timeout.TotalMilliseconds);
            if (id == IntPtr.Zero)
            {
                return null;
            }

            var text = Marshal.PtrToStringAnsi(id);
            LibrdkafkaNative.rd_kafka_mem_free(handle, id);
            return text;
        }
        finally
        {
            LibrdkafkaNative.rd_kafka_destroy(handle);
        }
    }
}
