using Syndication.Core.Stories;

namespace Syndication.Cli.Eval;

/// <summary>A labelled pair: a story of the collection, and a story that is or is not a near duplicate of it.</summary>
/// <param name="OriginalKey">The key the original is indexed under.</param>
/// <param name="Original">The story indexed.</param>
/// <param name="Other">The story looked up: a re-keyed copy of the original, or another story of its day and topic.</param>
/// <param name="IsDuplicate">The label.</param>
/// <param name="How">The edits made to the copy, or what the two stories share.</param>
internal sealed record DedupPair(long OriginalKey, Story Original, Story Other, bool IsDuplicate, string How);
