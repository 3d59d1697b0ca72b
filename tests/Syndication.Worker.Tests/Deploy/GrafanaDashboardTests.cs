using System.Text.Json.Nodes;
using Syndication.Worker.Tests.Infrastructure;

namespace Syndication.Worker.Tests.Deploy;

/// <summary><c>deploy/grafana/</c>: the provisioned datasource and the dashboard it shows.</summary>
public sealed class GrafanaDashboardTests : IDisposable
{
    private readonly TemporaryDirectory _directory = new();

    [Fact]
    public void Dashboard_EveryPanelQueriesTheProvisionedDatasource()
    {
        var datasource = DeployFiles.YamlFile("grafana/provisioning/datasources/prometheus.yml")["datasources"]!.AsArray().ShouldHaveSingleItem()!;
        var provider = DeployFiles.YamlFile("grafana/provisioning/dashboards/syndication.yml")["providers"]!.AsArray().ShouldHaveSingleItem()!;
        var dashboard = Dashboard();

        ((string?)provider["options"]!["path"]).ShouldBe("/etc/grafana/dashboards", "where docker-compose mounts deploy/grafana/dashboards");
        ((string?)dashboard["uid"]).ShouldBe("syndication");
        var panels = dashboard["panels"]!.AsArray();
        panels.Count.ShouldBeGreaterThanOrEqualTo(8);
        foreach (var panel in panels)
        {
            ((string?)panel!["datasource"]!["uid"]).ShouldBe((string?)datasource["uid"]);
            panel["targets"]!.AsArray().ShouldNotBeEmpty((string?)panel["title"]);
        }
    }

    [Fact]
    public void Dashboard_ShowsWhatTheIssueAsks()
    {
        var expressions = string.Join('\n', Expressions());

        foreach (var metric in new[]
        {
            "syndication_stories_consumed_total", "syndication_consumer_lag", "syndication_deliveries_total",
            "syndication_delivery_duration_seconds_bucket", "syndication_circuit_state", "syndication_dlq_depth", "syndication_feed_requests_total",
        })
        {
            expressions.ShouldContain(metric);
        }
    }

    [Fact]
    public async Task Dashboard_EveryExpressionIsValidPromQl()
    {
        // promtool has no query checker of its own: each expression becomes a recording rule it checks.
        var rules = new JsonObject
        {
            ["groups"] = new JsonArray(new JsonObject
            {
                ["name"] = "dashboard",
                ["rules"] = new JsonArray([.. Expressions().Select((expression, i) => (JsonNode)new JsonObject { ["record"] = $"dashboard:panel_{i}", ["expr"] = expression })]),
            }),
        };
        var file = _directory.File("dashboard-rules.yml");
        await File.WriteAllTextAsync(file, rules.ToJsonString(), TestContext.Current.CancellationToken);

        var (exit, output) = await ExternalTool.RunAsync("promtool", ["check", "rules", file]);

        exit.ShouldBe(0, output);
    }

    public void Dispose() => _directory.Dispose();

    private static JsonNode Dashboard() => JsonNode.Parse(File.ReadAllText(DeployFiles.File("grafana/dashboards/syndication.json")))!;

    private static List<string> Expressions() =>
        [.. Dashboard()["panels"]!.AsArray().SelectMany(panel => panel!["targets"]!.AsArray()).Select(target => (string)target!["expr"]!)];
}
