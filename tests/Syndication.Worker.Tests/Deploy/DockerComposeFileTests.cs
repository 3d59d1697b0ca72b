using Syndication.Worker.Tests.Infrastructure;

namespace Syndication.Worker.Tests.Deploy;

/// <summary><c>deploy/docker-compose.yml</c> as Debian's <c>docker-compose</c> reads it (it validates without a container engine).</summary>
public sealed class DockerComposeFileTests : IDisposable
{
    private readonly TemporaryDirectory _directory = new();

    [Fact]
    public async Task Config_WithThePasswordsSet_IsValid()
    {
        var (exit, output) = await ComposeAsync(Passwords, "config", "-q");

        exit.ShouldBe(0, output);
    }

    [Fact]
    public async Task Config_WithoutThePostgresPassword_RefusedNamingIt()
    {
        var (exit, output) = await ComposeAsync("GRAFANA_ADMIN_PASSWORD=g\n", "config", "-q");

        exit.ShouldNotBe(0);
        output.ShouldContain("set POSTGRES_PASSWORD in deploy/.env");
    }

    [Fact]
    public async Task Config_TwoWorkersShareKafkaAndPostgresAfterTheTopicsAreMade()
    {
        var (exit, output) = await ComposeAsync(Passwords, "config");
        exit.ShouldBe(0, output);
        var services = DeployFiles.Yaml(output).ShouldHaveSingleItem()["services"]!.AsObject();

        var workers = services.Where(service => service.Key.StartsWith("worker-", StringComparison.Ordinal)).Select(service => service.Value!).ToList();
        workers.Count.ShouldBe(2);
        foreach (var worker in workers)
        {
            var environment = worker["environment"]!;
            ((string?)environment["Kafka__BootstrapServers"]).ShouldBe("kafka:9092");
            ((string?)environment["Kafka__GroupId"]).ShouldBe("syndication");
            ((string?)environment["Storage__Provider"]).ShouldBe("postgres");
            ((string?)environment["Storage__ConnectionString"]).ShouldBe("Host=postgres;Database=syndication;Username=syndication;Password=p");
            ((string?)worker["depends_on"]!["kafka-topics"]!["condition"]).ShouldBe("service_completed_successfully");
            ((string?)worker["depends_on"]!["postgres"]!["condition"]).ShouldBe("service_healthy");
        }

        ((string?)services["kafka"]!["environment"]!["KAFKA_PROCESS_ROLES"]).ShouldBe("broker,controller", "KRaft mode: no ZooKeeper");
        var topics = string.Join('\n', services["kafka-topics"]!["command"]!.AsArray().Select(line => (string?)line));
        topics.ShouldContain("--topic wire.stories.raw --partitions 32");
        topics.ShouldContain("--topic wire.stories.dlq");
        topics.ShouldContain("--topic wire.deliveries.dlq");
        ((string?)services["grafana"]!["environment"]!["GF_SECURITY_ADMIN_PASSWORD"]).ShouldBe("g");
    }

    [Fact]
    public void PrometheusScrapeTargets_AreTheComposeWorkers()
    {
        var compose = DeployFiles.YamlFile("docker-compose.yml")["services"]!.AsObject();
        var prometheus = DeployFiles.YamlFile("prometheus/prometheus.yml");

        var targets = prometheus["scrape_configs"]!.AsArray()
            .SelectMany(job => job!["static_configs"]!.AsArray())
            .SelectMany(config => config!["targets"]!.AsArray().Select(target => (string)target!))
            .ToList();

        targets.ShouldBe(compose.Select(service => service.Key).Where(name => name.StartsWith("worker-", StringComparison.Ordinal)).Select(name => name + ":8080"), ignoreOrder: true);
    }

    public void Dispose() => _directory.Dispose();

    private const string Passwords = "POSTGRES_PASSWORD=p\nGRAFANA_ADMIN_PASSWORD=g\n";

    private async Task<(int ExitCode, string Output)> ComposeAsync(string environment, params string[] arguments)
    {
        var file = _directory.File("compose.env");
        await File.WriteAllTextAsync(file, environment, TestContext.Current.CancellationToken);
        return await ExternalTool.RunAsync(
            "docker-compose", ["--env-file", file, "--project-directory", DeployFiles.Directory, "-f", DeployFiles.File("docker-compose.yml"), .. arguments]);
    }
}
