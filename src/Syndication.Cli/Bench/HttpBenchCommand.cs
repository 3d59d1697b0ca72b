using System.CommandLine;
using System.CommandLine.Parsing;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Reflection;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Syndication.Worker.Http;
using Syndication.Worker.Partners;

namespace Syndication.Cli.Bench;

/// <summary>
/// <c>syndication bench http</c>: the worker's HTTP side under wrk, in one run: the trivial endpoint
/// (<c>/health/live</c>), a partner's RSS feed answered in full (200) as it is rendered and gzipped as feed
/// readers ask for it, and the same feed answered 304 to its ETag; and each feed's requests/s as a share of
/// the trivial endpoint's.
/// </summary>
/// <remarks>
/// Implementation note: the machine is shared and its speed drifts from one minute to the next, so the
/// targets are measured alternately, round after round (each round in another order, so no target always
/// runs first after the warm-up), and the ratios are taken between the medians: all of them see the same
/// machine at about the same times. wrk runs on the same cores as the worker, as a load generator
/// beside a single-host service does; the ratios, not the absolute figures, are what carry over.
/// </remarks>
internal static partial class HttpBenchCommand
{
    private const double Feed200Goal = 0.5;
    private const double Feed304Goal = 0.8;

    private static readonly TimeSpan s_warmUp = TimeSpan.FromSeconds(2);

    internal static Command Create()
    {
        var rounds = new Option<int>("--rounds") { Description = "Measured rounds of every target, after a warm-up.", DefaultValueFactory = _ => 3 };
        var duration = new Option<TimeSpan>("--duration")
        {
            Description = "How long wrk loads each target per round: seconds, as 5s or 1m.",
            DefaultValueFactory = _ => TimeSpan.FromSeconds(5),
            CustomParser = ParseDuration,
        };
        var connections = new Option<int>("--connections") { Description = "Connections wrk keeps open.", DefaultValueFactory = _ => 32 };
        var threads = new Option<int>("--threads") { Description = "wrk's threads.", DefaultValueFactory = _ => 2 };
        rounds.Validators.Add(result => Between(result, "--rounds", 1, 20));
        connections.Validators.Add(result => Between(result, "--connections", 1, 1000));
        threads.Validators.Add(result => Between(result, "--threads", 1, 64));
        var command = new Command("http", "Measure the worker's HTTP side with wrk: the trivial endpoint against a partner feed's 200 (plain and gzipped) and 304.")
        {
            rounds, duration, connections, threads,
        };
        command.Validators.Add(result =>
        {
            if (result.GetValue(threads) > result.GetValue(connections))
            {
                result.AddError("--threads may not exceed --connections (wrk gives each thread at least one connection).");
            }
        });
        command.SetAction((parse, cancellationToken) => RunAsync(
            parse.GetValue(rounds),
            new WrkLoad(parse.GetValue(threads), parse.GetValue(connections), parse.GetValue(duration)),
            cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(int rounds, WrkLoad load, CancellationToken cancellationToken)
    {
        if (Wrk.Find() is not { } wrk)
        {
            await Console.Error.WriteLineAsync("wrk is not on the PATH: install Debian's wrk (apt-get install wrk).").ConfigureAwait(false);
            return 1;
        }

        if (!File.Exists(BenchWorker.Dll))
        {
            await Console.Error.WriteLineAsync($"No worker at {BenchWorker.Dll}: build the solution first.").ConfigureAwait(false);
            return 1;
        }

        var directory = Directory.CreateTempSubdirectory("syndication-bench-http-");
        try
        {
            var partner = new BenchPartner();
            partner.WritePartnersFile(Path.Combine(directory.FullName, "partners.json"));
            using var worker = BenchWorker.Start(directory.FullName);
            await worker.WaitReadyAsync(TimeSpan.FromSeconds(60), cancellationToken).ConfigureAwait(false);
            var feed = new Uri(worker.BaseUri, partner.FeedPath);
            var stories = BenchStories.Generate(PartnerFeedReader.PageSize);
            await IngestAsync(worker, stories, cancellationToken).ConfigureAwait(false);
            var (etag, feedBytes) = await WaitForFeedAsync(worker, feed, partner.Key, stories.Count, cancellationToken).ConfigureAwait(false);
            var authorization = $"Authorization: Bearer {partner.Key}";
            var gzipBytes = await GzipBytesAsync(worker, feed, partner.Key, cancellationToken).ConfigureAwait(false);
            HttpBenchTarget[] targets =
            [
                new("trivial", new Uri(worker.BaseUri, "health/live"), []),
                new("feed 200", feed, [authorization]),
                new("feed 200 gzip", feed, [authorization, "Accept-Encoding: gzip"]),
                new("feed 304", feed, [authorization, $"If-None-Match: {etag}"]),
            ];
            Print($"worker: {Build()} build, {Environment.ProcessorCount} cores shared with wrk; {stories.Count} stories ingested; the partner's RSS feed lists {stories.Count}, {feedBytes / 1024.0:F0} KiB, gzipped {gzipBytes / 1024.0:F0} KiB, ETag {etag}");
            Print($"wrk -t{load.Threads} -c{load.Connections} -d{load.Duration.TotalSeconds:F0}s per target; {rounds} rounds after a warm-up, each round in another order");

            var warmUp = load with { Duration = load.Duration < s_warmUp ? load.Duration : s_warmUp };
            Print($"warm-up: {Describe(targets, await RoundAsync(wrk, targets, warmUp, 0, cancellationToken).ConfigureAwait(false))}");
            var measured = new List<double[]>();
            for (var round = 1; round <= rounds; round++)
            {
                var rates = await RoundAsync(wrk, targets, load, round, cancellationToken).ConfigureAwait(false);
                measured.Add(rates);
                Print($"round {round}: {Describe(targets, rates)}");
            }

            if (!await IsNotModifiedAsync(worker, feed, partner.Key, etag, cancellationToken).ConfigureAwait(false))
            {
                await Console.Error.WriteLineAsync("The feed's ETag changed during the run: the feed 304 figures are not all 304s.").ConfigureAwait(false);
                return 1;
            }

            var medians = Enumerable.Range(0, targets.Length).Select(target => Median.Of(measured.Select(rates => rates[target]))).ToArray();
            Print($"median: {Describe(targets, medians)}");
            Print($"feed 200/trivial {medians[1] / medians[0]:F2} (goal >= {Feed200Goal:F2}: {Verdict(medians[1] / medians[0], Feed200Goal)})");
            Print($"feed 200 gzip/trivial {medians[2] / medians[0]:F2} (goal >= {Feed200Goal:F2}: {Verdict(medians[2] / medians[0], Feed200Goal)})");
            Print($"feed 304/trivial {medians[3] / medians[0]:F2} (goal >= {Feed304Goal:F2}: {Verdict(medians[3] / medians[0], Feed304Goal)})");
            return 0;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await Console.Error.WriteLineAsync("Stopped: the worker and wrk were ended.").ConfigureAwait(false);
            return 130;
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    /// <summary>Each target once, the order rotated by <paramref name="round"/>; the rates in the targets' order.</summary>
    private static async Task<double[]> RoundAsync(string wrk, HttpBenchTarget[] targets, WrkLoad load, int round, CancellationToken cancellationToken)
    {
        var rates = new double[targets.Length];
        for (var i = 0; i < targets.Length; i++)
        {
            var index = (i + round) % targets.Length;
            var report = await Wrk.RunAsync(wrk, targets[index], load, cancellationToken).ConfigureAwait(false);
            if (report.Requests == 0)
            {
                throw new InvalidOperationException($"{targets[index].Name}: wrk got no answer at all ({report.SocketErrors}).");
            }

            if (report.ErrorResponses > 0)
            {
                throw new InvalidOperationException($"{targets[index].Name}: {report.ErrorResponses} of {report.Requests} answers were 4xx or 5xx; its rate would mean nothing.");
            }

            rates[index] = report.RequestsPerSecond;
        }

        return rates;
    }

    private static async Task IngestAsync(BenchWorker worker, IReadOnlyList<byte[]> stories, CancellationToken cancellationToken)
    {
        foreach (var story in stories)
        {
            using var content = new ByteArrayContent(story);
            content.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
            using var response = await worker.Http.PostAsync(new Uri("ingest", UriKind.Relative), content, cancellationToken).ConfigureAwait(false);
            if (response.StatusCode != HttpStatusCode.Accepted)
            {
                throw new InvalidOperationException($"POST /ingest answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false)}");
            }
        }
    }

    /// <summary>Polls the feed until it lists <paramref name="count"/> items; then its ETag and size, and checks that the ETag gets a 304.</summary>
    private static async Task<(string ETag, int Bytes)> WaitForFeedAsync(BenchWorker worker, Uri feed, string key, int count, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var items = 0;
        while (clock.Elapsed < TimeSpan.FromSeconds(60))
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, feed);
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
            using var response = await worker.Http.SendAsync(request, cancellationToken).ConfigureAwait(false);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                throw new InvalidOperationException($"The partner feed answered {(int)response.StatusCode}.\n{worker.LastOutput}");
            }

            var body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
            using var stream = new MemoryStream(body);
            items = XDocument.Load(stream).Descendants("item").Count();
            if (items >= count)
            {
                var etag = response.Headers.ETag?.ToString() ?? throw new InvalidOperationException("The partner feed sent no ETag.");
                return await IsNotModifiedAsync(worker, feed, key, etag, cancellationToken).ConfigureAwait(false)
                    ? (etag, body.Length)
                    : throw new InvalidOperationException($"The partner feed does not answer 304 to its own ETag {etag}.");
            }

            await Task.Delay(100, cancellationToken).ConfigureAwait(false);
        }

        throw new TimeoutException($"The partner feed listed {items} of {count} stories after 60 s.\n{worker.LastOutput}");
    }

    /// <summary>The feed's size as sent to a client that accepts gzip.</summary>
    private static async Task<int> GzipBytesAsync(BenchWorker worker, Uri feed, string key, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, feed);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("gzip"));
        using var response = await worker.Http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        return response.Content.Headers.ContentEncoding.Contains("gzip")
            ? (await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false)).Length
            : throw new InvalidOperationException("The partner feed was not gzipped for a client that asked for it.");
    }

    private static async Task<bool> IsNotModifiedAsync(BenchWorker worker, Uri feed, string key, string etag, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, feed);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        request.Headers.TryAddWithoutValidation("If-None-Match", etag);
        using var response = await worker.Http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        return response.StatusCode == HttpStatusCode.NotModified;
    }

    private static string Describe(HttpBenchTarget[] targets, double[] rates) =>
        string.Join(", ", targets.Select((target, i) => string.Create(CultureInfo.InvariantCulture, $"{target.Name} {rates[i]:N0} req/s")));

    private static string Verdict(double ratio, double goal) => ratio >= goal ? "met" : "NOT met";

    /// <summary>Release or Debug: a Debug worker runs unoptimized code, and its figures mean little.</summary>
    private static string Build() =>
        typeof(StatusEndpoint).Assembly.GetCustomAttribute<DebuggableAttribute>()?.IsJITOptimizerDisabled == true ? "Debug" : "Release";

    private static TimeSpan ParseDuration(ArgumentResult result)
    {
        var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
        var match = DurationText().Match(text);
        if (match.Success && int.TryParse(match.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var count)
            && count * (match.Groups[2].Value == "m" ? 60 : 1) is >= 1 and <= 600 and var seconds)
        {
            return TimeSpan.FromSeconds(seconds);
        }

        result.AddError($"--duration must be whole seconds from 1s to 10m (5s, 1m), not '{text}'.");
        return default;
    }

    private static void Between(OptionResult result, string name, int lowest, int highest)
    {
        if (result.GetValueOrDefault<int>() < lowest || result.GetValueOrDefault<int>() > highest)
        {
            result.AddError($"{name} must be between {lowest} and {highest}.");
        }
    }

    [GeneratedRegex("^([0-9]{1,4})(s|m)?$")]
    private static partial Regex DurationText();

    private static void Print(FormattableString line) => Console.Out.WriteLine(line.ToString(CultureInfo.InvariantCulture));
}
