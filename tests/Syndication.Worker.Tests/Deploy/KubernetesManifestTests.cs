using System.Text.Json.Nodes;

namespace Syndication.Worker.Tests.Deploy;

/// <summary><c>deploy/k8s/</c> parsed as YAML (no cluster here) and held to what a deployment of two workers needs.</summary>
public sealed class KubernetesManifestTests
{
    [Fact]
    public void Kustomization_ListsEveryManifestButTheSecretExample()
    {
        var listed = Kustomization()["resources"]!.AsArray().Select(resource => (string)resource!).ToList();
        var files = Directory.GetFiles(DeployFiles.File("k8s"), "*.yaml").Select(Path.GetFileName).Where(name => name != "kustomization.yaml").ToList();

        listed.ShouldBe(files.Where(name => !name!.EndsWith(".example.yaml", StringComparison.Ordinal)), ignoreOrder: true);
        listed.ShouldNotContain("secret.example.yaml");
    }

    [Fact]
    public void Deployment_TwoReplicasEachContainerProbedLimitedAndNotRoot()
    {
        var deployment = Manifest("deployment.yaml");
        var pod = deployment["spec"]!["template"]!["spec"]!;

        ((string?)deployment["kind"]).ShouldBe("Deployment");
        ((int?)deployment["spec"]!["replicas"]).ShouldBe(2);
        ((bool?)pod["securityContext"]!["runAsNonRoot"]).ShouldBe(true);
        ((int?)pod["securityContext"]!["runAsUser"]).ShouldNotBe(0);
        foreach (var container in pod["containers"]!.AsArray())
        {
            var name = (string?)container!["name"];
            ((string?)container["livenessProbe"]!["httpGet"]!["path"]).ShouldBe("/health/live", name);
            ((string?)container["readinessProbe"]!["httpGet"]!["path"]).ShouldBe("/health/ready", name);
            ((string?)container["resources"]!["limits"]!["cpu"]).ShouldNotBeNullOrEmpty(name);
            ((string?)container["resources"]!["limits"]!["memory"]).ShouldNotBeNullOrEmpty(name);
            ((string?)container["resources"]!["requests"]!["memory"]).ShouldNotBeNullOrEmpty(name);
            ((bool?)container["securityContext"]!["readOnlyRootFilesystem"]).ShouldBe(true, name);
            ((bool?)container["securityContext"]!["allowPrivilegeEscalation"]).ShouldBe(false, name);
            container["volumeMounts"]!.AsArray().Select(mount => (string?)mount!["mountPath"]).ShouldContain("/tmp", "a read-only root needs a writable /tmp");
        }
    }

    [Fact]
    public void Deployment_ConfigurationAndSecretsComeFromTheConfigMapAndTheSecretByName()
    {
        var pod = Manifest("deployment.yaml")["spec"]!["template"]!["spec"]!;
        var configMap = Manifest("configmap.yaml");
        var secret = Manifest("secret.example.yaml");
        var container = pod["containers"]!.AsArray().ShouldHaveSingleItem()!;

        ((string?)container["envFrom"]!.AsArray().ShouldHaveSingleItem()!["configMapRef"]!["name"]).ShouldBe((string?)configMap["metadata"]!["name"]);
        ((string?)configMap["data"]!["Storage__Provider"]).ShouldBe("postgres");
        configMap["data"]!.AsObject().Select(pair => pair.Key).ShouldNotContain("Storage__ConnectionString", "a connection string carries a password: Secret only");
        foreach (var reference in container["env"]!.AsArray().Select(variable => variable!["valueFrom"]!["secretKeyRef"]!))
        {
            ((string?)reference["name"]).ShouldBe((string?)secret["metadata"]!["name"]);
            secret["stringData"]!.AsObject().Select(pair => pair.Key).ShouldContain((string)reference["key"]!);
        }

        var partners = pod["volumes"]!.AsArray().Single(volume => (string?)volume!["name"] == "partners")!;
        ((string?)partners["secret"]!["secretName"]).ShouldBe((string?)secret["metadata"]!["name"], "the partners file holds webhook secrets");
    }

    [Fact]
    public void ServiceAndDisruptionBudget_SelectTheDeploymentsPods()
    {
        var podLabels = Manifest("deployment.yaml")["spec"]!["template"]!["metadata"]!["labels"]!.AsObject();
        var budget = Manifest("poddisruptionbudget.yaml");
        var service = Manifest("service.yaml");

        Selects(budget["spec"]!["selector"]!["matchLabels"]!.AsObject(), podLabels).ShouldBeTrue();
        Selects(service["spec"]!["selector"]!.AsObject(), podLabels).ShouldBeTrue();
        ((int?)budget["spec"]!["minAvailable"]).ShouldBe(1, "one of the two workers keeps consuming through a drain");
        ((string?)service["spec"]!["ports"]![0]!["targetPort"]).ShouldBe("http");
    }

    private static JsonNode Kustomization() => DeployFiles.YamlFile("k8s/kustomization.yaml");

    private static JsonNode Manifest(string file) => DeployFiles.YamlFile("k8s/" + file);

    private static bool Selects(JsonObject selector, JsonObject labels) =>
        selector.Count > 0 && selector.All(pair => labels.TryGetPropertyValue(pair.Key, out var value) && (string?)value == (string?)pair.Value);
}
