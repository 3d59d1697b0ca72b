using System.Text.Json.Nodes;
using Syndication.Core.Stories;
using Syndication.Storage;
using Syndication.Worker.Partners;

namespace Syndication.Worker.Http;

/// <summary>
/// <c>GET /stories/{id}</c>: a story as JSON, by its content id (that version) or its item id (the current
/// version), with its item's versions, when it was stored and how often seen. A killed item's versions
/// answer 410 Gone. The operator's view of the store, behind <see cref="OperatorKeys"/> like the firehose.
/// </summary>
public static class StoryEndpoints
{
    public static IEndpointRouteBuilder MapStoryEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/stories/{id}", (HttpContext context, string id, IStoryStore store, OperatorKeys operators) =>
        {
            if (!operators.Admit(context.Request))
            {
                return PresentedKey.Unauthorized(context);
            }

            var version = store.Find(id);
            var item = store.FindItem(version?.ItemId ?? id);
            if (item is null)
            {
                return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such story", detail: $"No story has the id '{id}'.");
            }

            if (item.KilledAt is { } killedAt)
            {
                return Results.Problem(statusCode: StatusCodes.Status410Gone, title: "Story killed",
                    detail: $"The story '{id}' was killed by its source at {killedAt:O}; it must be removed wherever it was published.");
            }

            return Results.Text(Document(version ?? item.Current, item, store.VersionIds(item.ItemId)).ToJsonString(), "application/json; charset=utf-8");
        });
        return endpoints;
    }

    private static JsonObject Document(StoredStory stored, StoredItem item, IReadOnlyList<string> versions)
    {
        var document = JsonNode.Parse(StoryJson.Serialize(stored.Story))!.AsObject();
        document["itemId"] = item.ItemId;
        document["current"] = stored.Sequence == item.Current.Sequence;
        document["currentId"] = item.Current.Story.Id;
        document["versions"] = new JsonArray([.. versions.Select(versionId => (JsonNode?)JsonValue.Create(versionId))]);
        if (item.DuplicateOf is { } duplicateOf)
        {
            document["duplicateOf"] = duplicateOf;
        }

        document["storedAt"] = stored.StoredAt;
        document["timesSeen"] = stored.TimesSeen;
        document["source"] = new JsonObject
        {
            ["topic"] = stored.Source.Topic,
            ["partition"] = stored.Source.Partition,
            ["offset"] = stored.Source.Offset,
        };
        return document;
    }
}
