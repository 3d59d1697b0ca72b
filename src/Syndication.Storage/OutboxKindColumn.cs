namespace Syndication.Storage;

/// <summary>How an <see cref="OutboxKind"/> is written in <c>outbox.kind</c>: a word, readable with any SQL shell.</summary>
internal static class OutboxKindColumn
{
    public static string ToText(OutboxKind kind) => kind switch
    {
        OutboxKind.New => "new",
        OutboxKind.Updated => "updated",
        OutboxKind.Corrected => "corrected",
        OutboxKind.Killed => "killed",
        OutboxKind.Routed => "routed",
        OutboxKind.Replayed => "replayed",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not an outbox kind."),
    };

    public static OutboxKind FromText(string text) => text switch
    {
        "new" => OutboxKind.New,
        "updated" => OutboxKind.Updated,
        "routed" => OutboxKind.Routed,
        "corrected" => OutboxKind.Corrected,
        "killed" => OutboxKind.Killed,
        "replayed" => OutboxKind.Replayed,
        _ => throw new InvalidDataException($"The outbox holds an entry of unknown kind '{text}'."),
    };
}
