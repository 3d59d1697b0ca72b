using Syndication.Storage;

namespace Syndication.Worker.Delivery;

/// <summary>Outbox kinds as headers, dead letters and the README write them: new, updated, corrected, killed, routed, replayed.</summary>
public static class OutboxKindNames
{
    public static string Of(OutboxKind kind) => kind switch
    {
        OutboxKind.New => "new",
        OutboxKind.Updated => "updated",
        OutboxKind.Corrected => "corrected",
        OutboxKind.Routed => "routed",
        OutboxKind.Replayed => "replayed",
        _ => "killed",
    };
}
