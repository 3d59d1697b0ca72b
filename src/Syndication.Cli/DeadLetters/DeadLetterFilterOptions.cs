using System.CommandLine;
using System.Globalization;

namespace Syndication.Cli.DeadLetters;

/// <summary>The options <c>list</c> and <c>replay --all</c> share: <c>--topic</c>, <c>--partner</c>, <c>--reason</c>, <c>--since</c>, <c>--until</c>.</summary>
internal sealed class DeadLetterFilterOptions
{
    private readonly Option<string?> _topic = new("--topic") { Description = "stories or deliveries; both by default." };
    private readonly Option<string?> _partner = new("--partner") { Description = "Only deliveries to this partner." };
    private readonly Option<string?> _reason = new("--reason") { Description = "Only dead letters with this reason." };
    private readonly Option<string?> _since = new("--since") { Description = "Only those dead-lettered at or after this ISO 8601 time." };
    private readonly Option<string?> _until = new("--until") { Description = "Only those dead-lettered before this ISO 8601 time." };

    internal DeadLetterFilterOptions()
    {
        _topic.AcceptOnlyFromAmong("stories", "deliveries");
        foreach (var time in new[] { _since, _until })
        {
            time.Validators.Add(result =>
            {
                if (result.GetValueOrDefault<string?>() is { } text && !TryParseTime(text, out _))
                {
                    result.AddError($"{result.Option.Name}: '{text}' is not an ISO 8601 time.");
                }
            });
        }
    }

    internal void AddTo(Command command)
    {
        command.Options.Add(_topic);
        command.Options.Add(_partner);
        command.Options.Add(_reason);
        command.Options.Add(_since);
        command.Options.Add(_until);
    }

    internal DeadLetterFilter Filter(ParseResult parse)
    {
        var topics = parse.GetValue(_topic) is { } topic ? [DeadLetterTopics.Parse(topic)!.Value] : DeadLetterTopics.All;
        return new DeadLetterFilter(topics, parse.GetValue(_partner), parse.GetValue(_reason), Time(parse.GetValue(_since)), Time(parse.GetValue(_until)));
    }

    private static DateTimeOffset? Time(string? text) => text is not null && TryParseTime(text, out var time) ? time : null;

    /// <summary>A time without an offset is taken as UTC.</summary>
    private static bool TryParseTime(string text, out DateTimeOffset time) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out time);
}
