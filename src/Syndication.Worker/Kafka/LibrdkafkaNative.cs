using System.Runtime.InteropServices;
using System.Text;
using Confluent.Kafka;

namespace Syndication.Worker.Kafka;

/// <summary>
/// The few librdkafka entry points Confluent.Kafka does not wrap: the mock cluster and the cluster id.
/// </summary>
/// <remarks>
/// Implementation note: Confluent.Kafka picks one of several bundled builds at run time (on Debian 12 the
/// default build wants libsasl2.so.3 and it falls back to centos8-librdkafka.so). The mock cluster must live
/// in that very library, so the imports below resolve to whatever file the process has already mapped,
/// read from /proc/self/maps, instead of letting the runtime search for its own copy.
/// </remarks>
internal static partial class LibrdkafkaNative
{
    private const string Library = "rdkafka";
    private const int ErrorBufferSize = 512;
    private static readonly Lock s_gate = new();
    private static bool s_resolverSet;

    internal static void EnsureLoaded()
    {
        lock (s_gate)
        {
            if (s_resolverSet)
            {
                return;
            }

            // Touching the version makes Confluent.Kafka load its native library.
            _ = Confluent.Kafka.Library.Version;
            var path = FindLoadedLibrary()
                ?? throw new InvalidOperationException("Confluent.Kafka did not map a librdkafka library into the process.");
            NativeLibrary.SetDllImportResolver(
                typeof(LibrdkafkaNative).Assembly,
                (name, _, _) => name == Library ? NativeLibrary.Load(path) : IntPtr.Zero);
            s_resolverSet = true;
        }
    }

    private static string? FindLoadedLibrary()
    {
        if (!OperatingSystem.IsLinux())
        {
            throw new PlatformNotSupportedException("The embedded Kafka broker is supported on Linux only.");
        }

        return File.ReadLines("/proc/self/maps")
            .Select(line => line.Split(' ', 6, StringSplitOptions.RemoveEmptyEntries))
            .Where(fields => fields.Length == 6 && fields[5].Contains("librdkafka", StringComparison.Ordinal))
            .Select(fields => fields[5].Trim())
            .FirstOrDefault();
    }

    /// <summary>Creates a bare client handle configured with the given properties.</summary>
    internal static IntPtr CreateHandle(int type, IEnumerable<KeyValuePair<string, string>> properties)
    {
        EnsureLoaded();
        var conf = rd_kafka_conf_new();
        var error = new StringBuilder(ErrorBufferSize);
        foreach (var (name, value) in properties)
        {
            if (rd_kafka_conf_set(conf, name, value, error, ErrorBufferSize) != 0)
            {
                rd_kafka_conf_destroy(conf);
                throw new KafkaException(new Error(ErrorCode.Local_InvalidArg, $"{name}: {error}"));
            }
        }

        var handle = rd_kafka_new(type, conf, error, ErrorBufferSize);
        if (handle == IntPtr.Zero)
        {
            rd_kafka_conf_destroy(conf);
            throw new KafkaException(new Error(ErrorCode.Local_Fail, error.ToString()));
        }

        return handle;
    }

    internal const int ProducerType = 0;

    [DllImport(Library)]
    internal static extern IntPtr rd_kafka_conf_new();

    [DllImport(Library)]
    internal static extern void rd_kafka_conf_destroy(IntPtr conf);

    [DllImport(Library, CharSet = CharSet.Ansi, BestFitMapping = false, ThrowOnUnmappableChar = true)]
    internal static extern int rd_kafka_conf_set(IntPtr conf, string name, string value, StringBuilder errstr, nuint errstrSize);

    [DllImport(Library)]
    internal static extern IntPtr rd_kafka_new(int type, IntPtr conf, StringBuilder errstr, nuint errstrSize);

    [DllImport(Library)]
    internal static extern void rd_kafka_destroy(IntPtr rk);

    [DllImport(Library)]
    internal static extern IntPtr rd_kafka_clusterid(IntPtr rk, int timeoutMs);

    [DllImport(Library)]
    internal static extern void rd_kafka_mem_free(IntPtr rk, IntPtr ptr);

    [DllImport(Library)]
    internal static extern IntPtr rd_kafka_mock_cluster_new(IntPtr rk, int brokerCount);

    [DllImport(Library)]
    internal static extern void rd_kafka_mock_cluster_destroy(IntPtr mcluster);

    [DllImport(Library)]
    internal static extern IntPtr rd_kafka_mock_cluster_bootstraps(IntPtr mcluster);

    [DllImport(Library, CharSet = CharSet.Ansi, BestFitMapping = false, ThrowOnUnmappableChar = true)]
    internal static extern int rd_kafka_mock_topic_create(IntPtr mcluster, string topic, int partitionCount, int replicationFactor);
}
