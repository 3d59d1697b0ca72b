using Confluent.Kafka;
using Microsoft.Data.Sqlite;
using Npgsql;
using Polly;
using Polly.Retry;

namespace Syndication.Worker.Pipeline;

/// <summary>
/// The retry for faults of the store or the broker. Such a fault is not bad input: the batch is retried
/// until it goes through or the worker stops, never dead-lettered.
/// </summary>
public static partial class FaultRetry
{
    public static ResiliencePipeline Create(ILogger log, TimeProvider time) =>
        new ResiliencePipelineBuilder { TimeProvider = time }
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder()
                    .Handle<SqliteException>(exception => exception.SqliteErrorCode is TransientSqliteErrors.Busy or TransientSqliteErrors.Locked or TransientSqliteErrors.IoError or TransientSqliteErrors.Full or TransientSqliteErrors.CantOpen)
                    // A lost connection, a server restarting or out of connections, a deadlock: what Npgsql calls transient.
                    .Handle<NpgsqlException>(exception => exception.IsTransient)
                    .Handle<KafkaException>()
                    .Handle<IOException>(),
                MaxRetryAttempts = int.MaxValue,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = TimeSpan.FromMilliseconds(200),
                MaxDelay = TimeSpan.FromSeconds(10),
                OnRetry = arguments =>
                {
                    LogRetry(log, arguments.AttemptNumber + 1, arguments.RetryDelay, arguments.Outcome.Exception?.Message);
                    return default;
                },
            })
            .Build();

    /// <summary>SQLite result codes that a later attempt can get past (a full disk can be freed).</summary>
    private static class TransientSqliteErrors
    {
        internal const int Busy = 5;
        internal const int Locked = 6;
        internal const int IoError = 10;
        internal const int Full = 13;
        internal const int CantOpen = 14;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Store or broker fault, attempt {Attempt}; retrying in {Delay}: {Fault}")]
    private static partial void LogRetry(ILogger logger, int attempt, TimeSpan delay, string? fault);
}
