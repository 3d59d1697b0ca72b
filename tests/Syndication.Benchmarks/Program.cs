using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;

// `--base <checkout>` runs every benchmark twice in one run: as the baseline on the code of another
// checkout (the commit before a change, say) and then on this one, so that the change is measured
// against its base under the same load. With it, `--job short` is read here and shortens both jobs.
var config = DefaultConfig.Instance;
var at = Array.IndexOf(args, "--base");
if (at >= 0 && at + 1 < args.Length)
{
    var checkout = Path.GetFullPath(args[at + 1]);
    args = [.. args[..at], .. args[(at + 2)..]];
    var job = Job.Default;
    var jobAt = Array.IndexOf(args, "--job");
    if (jobAt >= 0 && jobAt + 1 < args.Length && args[jobAt + 1].Equals("short", StringComparison.OrdinalIgnoreCase))
    {
        job = Job.ShortRun;
        args = [.. args[..jobAt], .. args[(jobAt + 2)..]];
    }

    config = config
        .AddJob(job.WithArguments([new MsBuildArgument($"/p:BaseCheckout={checkout}")]).WithId("base").AsBaseline())
        .AddJob(job.WithId("this"));
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
