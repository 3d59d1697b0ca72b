using Syndication.Core.Stories;

namespace Syndication.Core.Decoding;

/// <summary>The outcome of decoding one input: a story, or a rejection that says why not.</summary>
public sealed record DecodeResult
{
    private DecodeResult(Story? story, Rejection? rejection)
    {
        Story = story;
        Rejection = rejection;
    }

    public Story? Story { get; }

    public Rejection? Rejection { get; }

    public static DecodeResult Accepted(Story story) => new(story, null);

    public static DecodeResult Rejected(Rejection rejection) => new(null, rejection);
}
