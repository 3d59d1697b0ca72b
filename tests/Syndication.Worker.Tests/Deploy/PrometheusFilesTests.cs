using System.Text.RegularExpressions;
using Syndication.Worker.Tests.Infrastructure;

namespace Syndication.Worker.Tests.Deploy;

/// <summary><c>deploy/prometheus/</c> as Debian's <c>promtool</c> reads it: the configuration, the alert rules, and their unit tests.</summary>
public sealed partial class PrometheusFilesTests
{
    [Fact]
    public async Task CheckConfig_PrometheusYml_IsValidWithItsRuleFile()
    {
        var (exit, output) = await ExternalTool.RunAsync("promtool", ["check", "config", DeployFiles.File("prometheus/prometheus.yml")]);

        exit.ShouldBe(0, output);
        output.ShouldContain("1 rule files found");
    }

    [Fact]
    public async Task CheckRules_RulesYml_IsValid()
    {
        var (exit, output) = await ExternalTool.RunAsync("promtool", ["check", "rules", DeployFiles.File("prometheus/rules.yml")]);

        exit.ShouldBe(0, output);
    }

    [Fact]
    public async Task TestRules_EachAlertFiresWhenAndOnlyWhenItsTestSays()
    {
        var (exit, output) = await ExternalTool.RunAsync("promtool", ["test", "rules", DeployFiles.File("prometheus/rules.test.yml")]);

        exit.ShouldBe(0, output);
        output.ShouldContain("SUCCESS");
    }

    [Fact]
    public void Alerts_EachHasASeveritySummaryDescriptionAndARunbookSectionInTheReadme()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md"));
        var alerts = DeployFiles.YamlFile("prometheus/rules.yml")["groups"]!.AsArray()
            .SelectMany(group => group!["rules"]!.AsArray())
            .Where(rule => rule!["alert"] is not null)
            .ToList();

        alerts.Count.ShouldBeGreaterThanOrEqualTo(4, "lag growing, DLQ growing, a partner circuit open, no stories");
        foreach (var alert in alerts)
        {
            var name = (string)alert!["alert"]!;
            ((string?)alert["labels"]!["severity"]).ShouldBeOneOf(["warning", "critical"]);
            ((string?)alert["annotations"]!["summary"]).ShouldNotBeNullOrWhiteSpace(name);
            ((string?)alert["annotations"]!["description"]).ShouldNotBeNullOrWhiteSpace(name);
            ((string?)alert["annotations"]!["runbook"]).ShouldBe($"README.md#{name.ToLowerInvariant()}");
            readme.ShouldContain($"#### {name}\n", customMessage: $"the README's Alerts section has no heading for {name}");
        }

        alerts.Select(alert => (string)alert!["alert"]!).ShouldBeSubsetOf(
            TestedAlert().Matches(File.ReadAllText(DeployFiles.File("prometheus/rules.test.yml"))).Select(match => match.Groups[1].Value).Distinct().ToList(),
            "every alert has a unit test");
    }

    [GeneratedRegex(@"alertname: (\w+)")]
    private static partial Regex TestedAlert();
}
