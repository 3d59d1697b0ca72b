using Syndication.Core.Stories;

namespace Syndication.Core.Partners;

/// <summary>
/// Which stories a feed carries. Each constraint left empty (or null) constrains nothing; a story must meet
/// every one that is set. All comparisons ignore case.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item><see cref="Sources"/>: the story's provider or its credit is one of them.</item>
/// <item><see cref="Subjects"/>: one of the story's subjects has one of them as its code or its name.</item>
/// <item><see cref="UrgencyAtMost"/>: the story's urgency is at most this (1 is a flash); a story without one passes.</item>
/// <item><see cref="Languages"/>: the story's language is one of them or a narrower tag of one (RFC 4647 basic
/// filtering: <c>en</c> takes <c>en</c> and <c>en-GB</c>, <c>en-GB</c> takes not <c>en</c>); a story that states
/// no language passes, because most wire copy does not state one.</item>
/// <item><see cref="Keywords"/>: one of them is among the story's keywords.</item>
/// </list>
/// </remarks>
public sealed class StoryFilter
{
    private readonly HashSet<string> _sources;
    private readonly HashSet<string> _subjects;
    private readonly HashSet<string> _keywords;
    private readonly string[] _languages;

    public StoryFilter(
        IReadOnlyList<string>? sources = null,
        IReadOnlyList<string>? subjects = null,
        int? urgencyAtMost = null,
        IReadOnlyList<string>? languages = null,
        IReadOnlyList<string>? keywords = null)
    {
        Sources = sources ?? [];
        Subjects = subjects ?? [];
        UrgencyAtMost = urgencyAtMost;
        Languages = languages ?? [];
        Keywords = keywords ?? [];
        _sources = new HashSet<string>(Sources, StringComparer.OrdinalIgnoreCase);
        _subjects = new HashSet<string>(Subjects, StringComparer.OrdinalIgnoreCase);
        _keywords = new HashSet<string>(Keywords, StringComparer.OrdinalIgnoreCase);
        _languages = [.. Languages];
    }

    /// <summary>The filter that takes every story.</summary>
    public static StoryFilter Everything { get; } = new();

    public IReadOnlyList<string> Sources { get; }

    public IReadOnlyList<string> Subjects { get; }

    public int? UrgencyAtMost { get; }

    public IReadOnlyList<string> Languages { get; }

    public IReadOnlyList<string> Keywords { get; }

    public bool Matches(Story story)
    {
        ArgumentNullException.ThrowIfNull(story);
        return (UrgencyAtMost is not { } most || story.Urgency is not { } urgency || urgency <= most)
            && (_sources.Count == 0 || (story.Provider is { } provider && _sources.Contains(provider)) || (story.Credit is { } credit && _sources.Contains(credit)))
            && (_subjects.Count == 0 || HasSubject(story.Subjects))
            && (_keywords.Count == 0 || HasKeyword(story.Keywords))
            && (_languages.Length == 0 || story.Language is not { } language || HasLanguage(language));
    }

    private bool HasSubject(IReadOnlyList<Subject> subjects)
    {
        // Index loops: a foreach over the interface would allocate an enumerator per story and feed.
        for (var i = 0; i < subjects.Count; i++)
        {
            var subject = subjects[i];
            if ((subject.Code is { } code && _subjects.Contains(code)) || (subject.Name is { } name && _subjects.Contains(name)))
            {
                return true;
            }
        }

        return false;
    }

    private bool HasKeyword(IReadOnlyList<string> keywords)
    {
        for (var i = 0; i < keywords.Count; i++)
        {
            if (_keywords.Contains(keywords[i]))
            {
                return true;
            }
        }

        return false;
    }

    private bool HasLanguage(string language)
    {
        foreach (var range in _languages)
        {
            if (language.StartsWith(range, StringComparison.OrdinalIgnoreCase) && (language.Length == range.Length || language[range.Length] == '-'))
            {
                return true;
            }
        }

        return false;
    }
}
