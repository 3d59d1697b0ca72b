using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Npgsql;

namespace Syndication.Storage.Postgres;

/// <summary>Delivery lanes' leases: a session-level advisory lock per lane, held on a connection of its own.</summary>
/// <remarks>
/// Implementation note: a session lock ends with its session, so a worker that dies (even <c>kill -9</c>)
/// frees its lanes as soon as PostgreSQL sees the connection go, with no expiry to tune; the price is one
/// connection per lane a worker drains. A connection that breaks loses the lock the same way, which
/// <see cref="LaneLease.IsHeld"/> finds out with a query on it.
/// </remarks>
public sealed partial class PostgresStoryStore
{
    public LaneLease? TryLeaseLane(string lane)
    {
        ArgumentException.ThrowIfNullOrEmpty(lane);
        var key = LaneLockKey(lane);
        var connection = _dataSource.OpenConnection();
        try
        {
            using (var take = connection.CreateCommand())
            {
                take.CommandText = "SELECT pg_try_advisory_lock(@key)";
                take.Parameters.AddWithValue("@key", key);
                if (take.ExecuteScalar() is not true)
                {
                    connection.Dispose();
                    return null;
                }
            }

            return new LaneLease(() => IsAlive(connection), () => Release(connection, key));
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>The lock key of a lane: the first 64 bits of the SHA-256 of its id, apart from the writers' lock by a prefix.</summary>
    internal static long LaneLockKey(string lane) =>
        BinaryPrimitives.ReadInt64BigEndian(SHA256.HashData(Encoding.UTF8.GetBytes("syndication.lane:" + lane)));

    private static bool IsAlive(NpgsqlConnection connection)
    {
        try
        {
            using var ping = connection.CreateCommand();
            ping.CommandText = "SELECT 1";
            ping.ExecuteScalar();
            return true;
        }
        catch (Exception exception) when (exception is NpgsqlException or InvalidOperationException)
        {
            return false;
        }
    }

    private static void Release(NpgsqlConnection connection, long key)
    {
        try
        {
            using var unlock = connection.CreateCommand();
            unlock.CommandText = "SELECT pg_advisory_unlock(@key)";
            unlock.Parameters.AddWithValue("@key", key);
            unlock.ExecuteScalar();
        }
        catch (Exception exception) when (exception is NpgsqlException or InvalidOperationException)
        {
            // The session is gone, and its lock with it.
        }
        finally
        {
            connection.Dispose();
        }
    }
}
