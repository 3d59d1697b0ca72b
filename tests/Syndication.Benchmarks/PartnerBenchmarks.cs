using BenchmarkDotNet.Attributes;
using Syndication.Core.Partners;
using Syndication.Core.Stories;

namespace Syndication.Benchmarks;

/// <summary>
/// Partners on the request path: finding the partner whose API key a request presents among 100 partners
/// of two keys each (a known key, and an unknown one, which costs the same by design), and a feed's
/// filter judging one story (one that passes every constraint, and one only the last constraint checked, its language, refuses).
/// </summary>
[MemoryDiagnoser]
public class PartnerBenchmarks
{
    private const int PartnerCount = 100;

    private PartnerDirectory _directory = null!;
    private string _knownKey = "";
    private string _unknownKey = "";
    private StoryFilter _filter = null!;
    private Story _matching = null!;
    private Story _refused = null!;

    [GlobalSetup]
    public void Setup()
    {
        var keys = Enumerable.Range(0, PartnerCount * 2).Select(_ => PartnerKey.Generate()).ToList();
        var partners = Enumerable.Range(0, PartnerCount).Select(i => new Partner(
            $"partner-{i}", $"Partner {i}", [$"Partner {i}"], [PartnerKey.Hash(keys[2 * i]), PartnerKey.Hash(keys[(2 * i) + 1])],
            StoryFormat.Nitf, [], null, null, RetryPolicy.Default));
        _directory = new PartnerDirectory(partners, []);
        _knownKey = keys[PartnerCount + 1];
        _unknownKey = PartnerKey.Generate();

        _filter = new StoryFilter(
            sources: ["Reuters", "AP", "AFP", "The Middle East Online"],
            subjects: ["medtop:11000000", "politics", "medtop:16000000"],
            urgencyAtMost: 5,
            languages: ["en", "ar"],
            keywords: ["Syria", "Iraq", "elections"]);
        _matching = new Story
        {
            Id = "0123456789abcdef0123456789abcdef",
            Headline = "Twin assaults against the Islamic State",
            Credit = "The Middle East Online",
            Provider = "Desk",
            Urgency = 3,
            Language = "en-GB",
            Subjects = [new Subject("medtop:04000000", "economy"), new Subject("medtop:16000000", "conflict, war and peace")],
            Keywords = ["Raqqa", "Fallujah", "Syria"],
            Paragraphs = ["US-backed Syrian fighters and Iraqi forces pressed twin assaults."],
            WordCount = 10,
            Slug = "twin-assaults",
            Format = "plain",
        };
        _refused = _matching with { Language = "fr" };
    }

    [Benchmark]
    public Partner? FindByKeyKnown() => _directory.FindByKey(_knownKey);

    [Benchmark]
    public Partner? FindByKeyUnknown() => _directory.FindByKey(_unknownKey);

    [Benchmark]
    public bool FilterMatches() => _filter.Matches(_matching);

    [Benchmark]
    public bool FilterRefuses() => _filter.Matches(_refused);
}
