using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using Syndication.Core.Decoding;
using Syndication.Core.Versions;
using Syndication.Worker.Tests.Infrastructure;

namespace Syndication.Worker.Tests.Pipeline;

public sealed class NearDuplicatesTests
{
    private static readonly XNamespace s_atom = "http://www.w3.org/2005/Atom";

    [Fact]
    public async Task ReKeyedCopies_AcrossARestart_AreLinkedToTheFirstAndNeverPublished()
    {
        using var directory = new TemporaryDirectory();
        using var broker = await BrokerProcess.StartAsync();
        var store = directory.File("syndication.db");
        var seed = await File.ReadAllTextAsync(RepositoryPaths.Seed, TestContext.Current.CancellationToken);
        var seedItem = ItemId.Of(StoryDecoder.Decode(Encoding.UTF8.GetBytes(seed)).Story!);
        var copy = ReKey(seed, "Twin assaults on the Islamic State in Syria", "BEIRUT, June 1 (Agence Desk) - ");
        var copyId = StoryDecoder.Decode(copy).Story!.Id;

        using (var first = await WorkerProcess.StartAsync(store, broker.BootstrapServers))
        {
            await RawTopic.ProduceAsync(broker.BootstrapServers, [Encoding.UTF8.GetBytes(seed)]);
            await first.WaitForStatusAsync(s => WorkerProcess.Stories(s, "stored") == 1, TimeSpan.FromSeconds(60));
            await RawTopic.ProduceAsync(broker.BootstrapServers, [copy]);
            var status = await first.WaitForStatusAsync(s => WorkerProcess.Stories(s, "nearDuplicates") == 1, TimeSpan.FromSeconds(60));
            WorkerProcess.Stories(status, "stored").ShouldBe(2, "a linked copy is stored, not published");

            using var story = JsonDocument.Parse(await first.Http.GetStringAsync(new Uri($"stories/{copyId}", UriKind.Relative), TestContext.Current.CancellationToken));
            story.RootElement.GetProperty("duplicateOf").GetString().ShouldBe(seedItem);
            var entries = await EntryIdsAsync(first);
            entries.ShouldBe([$"urn:syndication:story:{seedItem}"]);
        }

        // The index is rebuilt from the store: a third desk's copy after a restart is found too.
        using var second = await WorkerProcess.StartAsync(store, broker.BootstrapServers);
        await RawTopic.ProduceAsync(broker.BootstrapServers, [ReKey(seed, "IS faces twin assaults in Syria", "AMMAN, June 2 (Third Desk) - ")]);
        await second.WaitForStatusAsync(s => WorkerProcess.Stories(s, "nearDuplicates") == 2, TimeSpan.FromSeconds(60));
        (await EntryIdsAsync(second)).ShouldBe([$"urn:syndication:story:{seedItem}"]);
    }

    /// <summary>The seed re-keyed by another desk: its own headline and dateline, a sentence dropped, straight quotes, an abbreviation spelled out.</summary>
    private static byte[] ReKey(string seed, string headline, string dateline)
    {
        var lines = seed.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').ToList();
        lines[0] = headline;
        var body = lines.FindIndex(line => line.StartsWith("US-backed", StringComparison.Ordinal));
        lines[body] = dateline + lines[body].Replace("US-backed", "United States-backed", StringComparison.Ordinal);
        var text = string.Join('\n', lines)
            .Replace('\u201C', '"').Replace('\u201D', '"').Replace('\u2019', '\'')
            .Replace("Exclusive to The Middle East Online", "", StringComparison.Ordinal);
        var sentence = text.IndexOf(". ", text.Length / 2, StringComparison.Ordinal);
        var next = text.IndexOf(". ", sentence + 2, StringComparison.Ordinal);
        return Encoding.UTF8.GetBytes(text.Remove(sentence + 2, next - sentence));
    }

    private static async Task<List<string>> EntryIdsAsync(WorkerProcess worker)
    {
        var atom = XDocument.Parse(await worker.Http.GetStringAsync(new Uri("feeds/latest.atom", UriKind.Relative), TestContext.Current.CancellationToken));
        return [.. atom.Descendants(s_atom + "entry").Select(entry => entry.Element(s_atom + "id")!.Value)];
    }
}
