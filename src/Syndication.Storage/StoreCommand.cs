using System.Data.Common;

namespace Syndication.Storage;

/// <summary>Commands in the SQL both stores read alike (see <see cref="SqlStoryStore"/>).</summary>
internal static class StoreCommand
{
    /// <summary>A command with named parameters (<c>@name</c>, which both providers read), null as SQL NULL.</summary>
    internal static DbCommand Create(DbConnection connection, DbTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }

        return command;
    }
}
