using System.Text.Json.Nodes;
using Syndication.Core.Stories;
using Syndication.Storage.Sqlite;

namespace Syndication.Worker.Http;

/// <summary><c>GET /stories/{id}</c>: the normalized story as JSON, with when it was stored and how often seen.</summary>
public static class StoryEndpoints
{
    public static IEndpointRouteBuilder MapStoryEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/stories/{id}", (string id, SqliteStoryStore store) =>
        {
            if (store.Find(id) is not { } stored)
            {
                return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such story", detail: $"No story has the id '{id}'.");
            }

            var document = JsonNode.Parse(StoryJson.Serialize(stored.Story))!.AsObject();
            document["storedAt"] = stored.StoredAt;
            document["timesSeen"] = stored.TimesSeen;
            document["source"] = new JsonObject
            {
                ["topic"] = stored.Source.Topic,
                ["partition"] = stored.Source.Partition,
                ["offset"] = stored.Source.Offset,
            };
            return Results.Text(document.ToJsonString(), "application/json; charset=utf-8");
        });
        return endpoints;
    }
}
