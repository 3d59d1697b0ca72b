namespace Syndication.Core.Decoding;

/// <summary>What a format decoder found in one input: the drafts of its stories and the items it refused.</summary>
internal sealed class DecodedDrafts
{
    private readonly List<StoryDraft> _drafts = [];
    private readonly List<Rejection> _rejections = [];

    public IReadOnlyList<StoryDraft> Drafts => _drafts;

    public IReadOnlyList<Rejection> Rejections => _rejections;

    public void Add(StoryDraft draft) => _drafts.Add(draft);

    public void Reject(Rejection rejection) => _rejections.Add(rejection);

    public void Reject(string reason, string detail) => _rejections.Add(new Rejection(reason, RejectionStages.Decode, detail));
}
