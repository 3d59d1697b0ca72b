using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Syndication.Worker.Health;
using Syndication.Worker.Kafka;

namespace Syndication.Worker.Status;

/// <summary>
/// <c>/status</c>: a <see cref="StatusSnapshot"/> as one HTML page for people: no script, no external
/// asset, refreshed by the browser every 10 seconds, one column on a phone. Every value from outside
/// (headlines, errors, ids, paths) is HTML-escaped.
/// </summary>
public static class StatusPage
{
    public const string ContentType = "text/html; charset=utf-8";

    /// <summary>Seconds between the browser's reloads.</summary>
    public const int RefreshSeconds = 10;

    // Every script but Latin stays readable in the page's source; markup characters are always escaped.
    private static readonly HtmlEncoder s_encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private const string Style = """
        body{font:15px/1.4 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0 auto;max-width:1200px;padding:1rem;color:#1b1b1b;background:#f6f6f4}
        h1{font-size:1.3rem;margin:0 0 .3rem}h2{font-size:1.05rem;margin:1.4rem 0 .4rem}
        section{background:#fff;border:1px solid #ddd;border-radius:6px;padding:.6rem .9rem;margin-bottom:.8rem}
        .scroll{overflow-x:auto}table{border-collapse:collapse;width:100%;font-size:.9rem}
        th,td{text-align:left;padding:.25rem .5rem;border-bottom:1px solid #eee;vertical-align:top}
        td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
        code{font:.85rem ui-monospace,Menlo,Consolas,monospace;background:#f0f0ec;padding:.1rem .3rem;border-radius:3px;word-break:break-all}
        .badge{display:inline-block;padding:.1rem .5rem;border-radius:999px;font-weight:600;font-size:.85rem}
        .ready,.ok,.closed{background:#d9f2dd;color:#165c24}.degraded,.half-open,.failing{background:#fff1c2;color:#6b4e00}
        .unready,.open,.stuck{background:#fbd9d7;color:#8a1c14}
        .bar{display:inline-block;height:.6rem;background:#5a8dd6;vertical-align:middle;min-width:1px}
        .muted{color:#666}dl{display:grid;grid-template-columns:max-content 1fr;gap:.2rem .8rem;margin:0}dt{color:#555}dd{margin:0}
        @media (max-width:600px){body{padding:.5rem}th,td{padding:.2rem .3rem}}
        """;

    public static byte[] Render(StatusSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var html = new StringBuilder(16 * 1024);
        html.Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
            .Append(CultureInfo.InvariantCulture, $"<meta http-equiv=\"refresh\" content=\"{RefreshSeconds}\">")
            .Append("<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">")
            .Append("<title>Syndication status</title><style>").Append(Style).Append("</style></head><body>");
        Header(html, snapshot);
        Flow(html, snapshot);
        Stories(html, snapshot);
        Partners(html, snapshot);
        DeadLetters(html, snapshot);
        Held(html, snapshot);
        Consumer(html, snapshot);
        Health(html, snapshot);
        html.Append("</body></html>\n");
        return Encoding.UTF8.GetBytes(html.ToString());
    }

    private static void Header(StringBuilder html, StatusSnapshot snapshot)
    {
        var health = HealthJson.StatusName(snapshot.Health.Status);
        html.Append("<header><h1>Syndication status <span id=\"health\" class=\"badge ").Append(health).Append("\">").Append(health).Append("</span></h1>")
            .Append("<p class=\"muted\">").Append(Time(snapshot.At)).Append(" · up ").Append(Duration(snapshot.Uptime))
            .Append(CultureInfo.InvariantCulture, $" · refreshes every {RefreshSeconds} s</p></header>");
    }

    private static void Flow(StringBuilder html, StatusSnapshot snapshot)
    {
        var most = Math.Max(1, snapshot.Flow.Max(minute => Math.Max(minute.Consumed, minute.Stored)));
        html.Append("<section id=\"flow\"><h2>Flow per minute</h2><div class=\"scroll\"><table><tr><th>Minute (UTC)</th><th class=\"n\">Consumed</th><th class=\"n\">Stored</th><th></th></tr>");
        foreach (var minute in snapshot.Flow.Reverse())
        {
            html.Append("<tr><td>").Append(minute.Start.ToString("HH:mm", CultureInfo.InvariantCulture)).Append("</td>")
                .Append("<td class=\"n\">").Append(Number(minute.Consumed)).Append("</td><td class=\"n\">").Append(Number(minute.Stored)).Append("</td>")
                .Append(CultureInfo.InvariantCulture, $"<td><span class=\"bar\" style=\"width:{100 * minute.Stored / most}px\"></span></td></tr>");
        }

        html.Append("</table></div><p class=\"muted\">The current minute is the first row and still counting.</p></section>");
    }

    private static void Stories(StringBuilder html, StatusSnapshot snapshot)
    {
        var counts = snapshot.Counts;
        html.Append("<section id=\"stories\"><h2>Stories</h2><dl>")
            .Append("<dt>Last story</dt><dd id=\"last-story\">");
        if (snapshot.LastStory is { } last)
        {
            html.Append(Text(last.Headline)).Append(" <span class=\"muted\">").Append(Time(last.StoredAt)).Append(" · ").Append(Text(last.Format))
                .Append(" · <code>").Append(Text(last.ItemId)).Append("</code></span>");
        }
        else
        {
            html.Append("none yet");
        }

        html.Append("</dd>")
            .Append("<dt>Stored</dt><dd>").Append(Number(counts.Stored)).Append("</dd>")
            .Append("<dt>Duplicates</dt><dd>").Append(Number(counts.Duplicates)).Append("</dd>")
            .Append("<dt>Near duplicates</dt><dd>").Append(Number(counts.NearDuplicates)).Append("</dd>")
            .Append("<dt>Superseded</dt><dd>").Append(Number(counts.Superseded)).Append("</dd>")
            .Append("<dt>Rejected</dt><dd>").Append(Number(counts.Rejected));
        if (snapshot.RejectedByReason.Count > 0)
        {
            html.Append(" <span class=\"muted\">(").AppendJoin(", ", snapshot.RejectedByReason.Select(reason => Text(reason.Key) + " " + Number(reason.Value))).Append(")</span>");
        }

        html.Append("</dd><dt>Store</dt><dd><code>").Append(Text(snapshot.StorePath)).Append("</code></dd></dl></section>");
    }

    private static void Partners(StringBuilder html, StatusSnapshot snapshot)
    {
        html.Append("<section id=\"partners\"><h2>Partners</h2><p class=\"muted\">")
            .Append(Number(snapshot.PartnerCount)).Append(" partners from <code>").Append(Text(snapshot.PartnersFile)).Append("</code>; outbox head ")
            .Append(Number(snapshot.OutboxHead)).Append(".</p>");
        foreach (var refusal in snapshot.PartnersRefused)
        {
            html.Append("<p class=\"badge unready\">partners file refused: ").Append(Text(refusal)).Append("</p>");
        }

        if (snapshot.Lanes.Count == 0)
        {
            html.Append("<p>No partner has a push lane.</p></section>");
            return;
        }

        html.Append("<div class=\"scroll\"><table><tr><th>Partner</th><th>Lane</th><th>State</th><th class=\"n\">Position</th><th class=\"n\">Lag</th>")
            .Append("<th class=\"n\">Delivered</th><th class=\"n\">Dead</th><th class=\"n\">Embargoed</th><th class=\"n\">Last latency</th><th>Last error</th></tr>");
        foreach (var lane in snapshot.Lanes)
        {
            var state = lane.Standby ? "standby" : lane.Circuit != "closed" ? lane.Circuit : lane.Failing ? "failing" : "ok";
            var transport = lane.SubscriptionId is { } id ? $"websub #{id.ToString(CultureInfo.InvariantCulture)} {lane.Feed}" : lane.Transport;
            html.Append("<tr class=\"lane\" data-partner=\"").Append(Text(lane.PartnerId)).Append("\" data-transport=\"").Append(Text(lane.Transport))
                .Append("\" data-state=\"").Append(state).Append("\"><td>").Append(Text(lane.PartnerId)).Append("</td><td>").Append(Text(transport)).Append("</td>")
                .Append("<td><span class=\"badge ").Append(state).Append("\">").Append(state).Append("</span>")
                .Append("</td>")
                .Append("<td class=\"n\">").Append(Number(lane.Position)).Append("</td><td class=\"n\">").Append(Number(lane.Lag)).Append("</td>")
                .Append("<td class=\"n\">").Append(Number(lane.Delivered)).Append("</td><td class=\"n\">").Append(Number(lane.DeadLettered)).Append("</td>")
                .Append("<td class=\"n\">").Append(Number(lane.Deferred)).Append("</td><td class=\"n\">")
                .Append(lane.LastLatency is { } latency ? Seconds(latency) : "–").Append("</td><td>");
            if (lane.LastError is { } error)
            {
                html.Append(Text(error)).Append(" <span class=\"muted\">").Append(lane.LastErrorAt is { } at ? Time(at) : "").Append("</span>");
            }

            html.Append("</td></tr>");
        }

        html.Append("</table></div></section>");
    }

    private static void DeadLetters(StringBuilder html, StatusSnapshot snapshot)
    {
        var bootstrap = Text(snapshot.BootstrapServers);
        html.Append("<section id=\"dead-letters\"><h2>Dead letters</h2><div class=\"scroll\"><table><tr><th>Topic</th><th class=\"n\">Held</th><th>List, then replay</th></tr>");
        foreach (var (topic, depth) in snapshot.DeadLetters)
        {
            // A delivery's replay writes the outbox: the CLI opens a SQLite file by --store, PostgreSQL by the worker's own Storage__* settings.
            var (name, store) = topic == KafkaTopics.DeadLetters ? ("stories", "")
                : snapshot.StoreIsFile ? ("deliveries", " --store " + Text(snapshot.StorePath))
                : ("deliveries", " (with the worker's Storage__Provider and Storage__ConnectionString)");
            html.Append("<tr data-topic=\"").Append(Text(topic)).Append("\"><td>").Append(Text(topic)).Append("</td><td class=\"n\">")
                .Append(depth is { } held ? Number(held) : "unknown").Append("</td><td>")
                .Append("<code>syndication dlq list --bootstrap ").Append(bootstrap).Append(" --topic ").Append(name).Append("</code><br>")
                .Append("<code>syndication dlq show ").Append(name).Append(":P@O --bootstrap ").Append(bootstrap).Append("</code><br>")
                .Append("<code>syndication dlq replay --all --bootstrap ").Append(bootstrap).Append(" --topic ").Append(name).Append(store).Append("</code></td></tr>");
        }

        html.Append("</table></div><p class=\"muted\">Replay sends each dead letter again the way it first went; list filters (<code>--partner</code>, <code>--reason</code>, <code>--since</code>) narrow <code>--all</code>.</p></section>");
    }

    private static void Held(StringBuilder html, StatusSnapshot snapshot)
    {
        html.Append("<section id=\"held\"><h2>Held for routing</h2>");
        if (snapshot.Held.Count == 0)
        {
            html.Append("<p>No story is waiting for an operator.</p></section>");
            return;
        }

        html.Append("<div class=\"scroll\"><table><tr><th>Headline</th><th>Exclusive to</th><th>Stored</th><th>Release with</th></tr>");
        foreach (var story in snapshot.Held)
        {
            html.Append("<tr><td>").Append(Text(story.Headline)).Append("</td><td>").Append(Text(story.ExclusiveTo ?? "")).Append("</td><td>")
                .Append(Time(story.StoredAt)).Append("</td><td><code>").Append(Text(story.RouteCommand)).Append("</code></td></tr>");
        }

        html.Append("</table></div></section>");
    }

    private static void Consumer(StringBuilder html, StatusSnapshot snapshot)
    {
        html.Append("<section id=\"consumer\"><h2>Consumer</h2><dl>")
            .Append("<dt>Broker</dt><dd><code>").Append(Text(snapshot.BootstrapServers)).Append("</code>").Append(snapshot.EmbeddedBroker ? " (embedded)" : "").Append("</dd>")
            .Append("<dt>Group</dt><dd><code>").Append(Text(snapshot.GroupId)).Append("</code> on <code>").Append(KafkaTopics.RawStories).Append("</code></dd>")
            .Append("<dt>Partitions</dt><dd>").Append(Number(snapshot.AssignedPartitions)).Append(" assigned</dd>")
            .Append("<dt>Lag</dt><dd id=\"lag\">").Append(Number(snapshot.Lag)).Append(" messages</dd></dl>");
        if (snapshot.Partitions.Count > 0)
        {
            html.Append("<div class=\"scroll\"><table><tr><th class=\"n\">Partition</th><th class=\"n\">Position</th><th class=\"n\">Lag</th><th>Moved</th></tr>");
            foreach (var partition in snapshot.Partitions)
            {
                html.Append("<tr><td class=\"n\">").Append(Number(partition.Partition)).Append("</td><td class=\"n\">").Append(Number(partition.Position))
                    .Append("</td><td class=\"n\">").Append(Number(partition.Lag)).Append("</td><td>").Append(Time(partition.MovedAt)).Append("</td></tr>");
            }

            html.Append("</table></div>");
        }

        html.Append("</section>");
    }

    private static void Health(StringBuilder html, StatusSnapshot snapshot)
    {
        html.Append("<section id=\"checks\"><h2>Health checks</h2><div class=\"scroll\"><table><tr><th>Check</th><th>Status</th><th>Detail</th></tr>");
        foreach (var (name, entry) in snapshot.Health.Entries)
        {
            var state = entry.Status switch { HealthStatus.Healthy => "ok", HealthStatus.Degraded => "degraded", _ => "unready" };
            html.Append("<tr data-check=\"").Append(Text(name)).Append("\"><td>").Append(Text(name)).Append("</td><td><span class=\"badge ").Append(state).Append("\">")
                .Append(state).Append("</span></td><td>").Append(Text(entry.Description ?? "")).Append("</td></tr>");
        }

        html.Append("</table></div><p class=\"muted\">The same checks as <code>/health/ready</code>.</p></section>");
    }

    private static string Text(string value) => s_encoder.Encode(value);

    private static string Number(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string Time(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static string Seconds(TimeSpan span) => span.TotalSeconds.ToString("0.000", CultureInfo.InvariantCulture) + " s";

    private static string Duration(TimeSpan span) => span.TotalDays >= 1
        ? string.Create(CultureInfo.InvariantCulture, $"{(int)span.TotalDays}d {span.Hours}h")
        : string.Create(CultureInfo.InvariantCulture, $"{span.Hours}h {span.Minutes}m {span.Seconds}s");
}
