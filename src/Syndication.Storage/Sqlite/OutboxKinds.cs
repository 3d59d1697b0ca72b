namespace Syndication.Storage.Sqlite;

/// <summary>The outbox's <c>kind</c> column: each <see cref="OutboxKind"/> by its lower-case name.</summary>
internal static class OutboxKinds
{
    public static string Name(OutboxKind kind) => kind switch
    {
        OutboxKind.New => "new",
        OutboxKind.Updated => "updated",
        OutboxKind.Corrected => "corrected",
        _ => "killed",
    };

    public static OutboxKind Parse(string name) => name switch
    {
        "new" => OutboxKind.New,
        "updated" => OutboxKind.Updated,
        "corrected" => OutboxKind.Corrected,
        "killed" => OutboxKind.Killed,
        _ => throw new InvalidOperationException($"Unknown outbox kind '{name}'."),
    };
}
