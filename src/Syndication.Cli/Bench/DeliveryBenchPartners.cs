using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Syndication.Cli.Bench;

/// <summary>
/// The delivery bench's partners: <c>partner01</c> to <c>partner10</c>, each pushed to by webhook in NITF
/// with a secret of its own and the default retry policy, save the last, whose endpoint always answers 503
/// and whose policy is <see cref="FailingRetry"/>.
/// </summary>
internal static class DeliveryBenchPartners
{
    /// <summary>
    /// The failing partner's <c>retry</c>: three attempts 50 ms apart (doubling, with jitter), and a breaker
    /// that opens after five failed deliveries within five seconds and stays open for one.
    /// </summary>
    /// <remarks>
    /// Implementation note: with the default policy a failing lane makes one attempt, waits about two
    /// seconds, then four, and so on: within a run of a few seconds it does almost nothing, and its breaker
    /// never opens. This policy keeps every part of the failing path busy during the run instead: attempts
    /// and their backoff, a dead letter produced for each given-up delivery, the breaker opening, the lane
    /// waiting, the half-open trial failing again. It costs more than the default would, so a figure
    /// measured with it holds for the default a fortiori.
    /// </remarks>
    internal const string FailingRetry = """
        { "attempts": 3, "baseDelay": "00:00:00.05", "maxDelay": "00:00:00.2", "timeout": "00:00:01", "giveUpAfter": "00:00:10",
          "breaker": { "failureRatio": 0.5, "minimumThroughput": 5, "samplingDuration": "00:00:05", "breakDuration": "00:00:01" } }
        """;

    internal static IReadOnlyList<string> Ids { get; } = [.. Enumerable.Range(1, 10).Select(number => $"partner{number:D2}")];

    internal static string FailingId => Ids[^1];

    internal static IReadOnlyList<string> HealthyIds { get; } = [.. Ids.SkipLast(1)];

    /// <summary>Writes a partners file of <paramref name="ids"/>, each pushed to at its receiver's URL.</summary>
    internal static void Write(string path, IEnumerable<string> ids, WebhookReceivers receivers)
    {
        var partners = new JsonArray();
        foreach (var id in ids)
        {
            var partner = new JsonObject
            {
                ["id"] = id,
                ["name"] = $"Bench partner {id}",
                ["storyFormat"] = "nitf",
                ["push"] = new JsonObject
                {
                    ["webhook"] = new JsonObject { ["url"] = receivers.Url(id).ToString(), ["secret"] = Convert.ToHexString(RandomNumberGenerator.GetBytes(16)) },
                },
            };
            if (id == FailingId)
            {
                partner["retry"] = JsonNode.Parse(FailingRetry);
            }

            partners.Add(partner);
        }

        File.WriteAllText(path, new JsonObject { ["partners"] = partners }.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
    }
}
