using Syndication.Core.Stories;

namespace Syndication.Core.Decoding;

/// <summary>
/// The outcome of decoding one input: the stories it holds, and the rejections of what could not become
/// one. Most inputs hold one story; a feed or a news message may hold many, some of which may be refused.
/// </summary>
public sealed record DecodeResult
{
    private DecodeResult(IReadOnlyList<Story> stories, IReadOnlyList<Rejection> rejections)
    {
        Stories = stories;
        Rejections = rejections;
    }

    public IReadOnlyList<Story> Stories { get; }

    /// <summary>Why the input, or some items in it, could not become stories.</summary>
    public IReadOnlyList<Rejection> Rejections { get; }

    /// <summary>The story, when the input held exactly one and nothing was refused.</summary>
    public Story? Story => Stories.Count == 1 && Rejections.Count == 0 ? Stories[0] : null;

    /// <summary>Why the input as a whole was refused, when it gave no story at all.</summary>
    public Rejection? Rejection => Stories.Count == 0 ? Rejections[0] : null;

    public static DecodeResult Accepted(Story story) => new([story], []);

    public static DecodeResult Rejected(Rejection rejection) => new([], [rejection]);

    /// <param name="stories">The stories decoded.</param>
    /// <param name="rejections">The items refused; at least one when <paramref name="stories"/> is empty.</param>
    public static DecodeResult Of(IReadOnlyList<Story> stories, IReadOnlyList<Rejection> rejections)
    {
        if (stories.Count == 0 && rejections.Count == 0)
        {
            throw new ArgumentException("A result holds a story or says why it holds none.", nameof(rejections));
        }

        return new DecodeResult(stories, rejections);
    }
}
