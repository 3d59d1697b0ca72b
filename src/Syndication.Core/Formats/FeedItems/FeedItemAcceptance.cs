using Syndication.Core.Decoding;
using Syndication.Core.Text;

namespace Syndication.Core.Formats.FeedItems;

/// <summary>
/// Decides which feed items become stories, whatever the dialect: an item needs a title and a body, and a
/// feed is read up to <see cref="MaxItems"/> items. A refused item is named so an operator can find it.
/// </summary>
internal static class FeedItemAcceptance
{
    /// <summary>
    /// The most items read from one document. Real feeds carry 10 to a few hundred; past this a document is
    /// an archive or an attack, and every item is a story to normalize, deduplicate and store.
    /// </summary>
    public const int MaxItems = 1000;

    /// <summary>How a rejection names an item: its position (from 1) and the id or link the feed gives it.</summary>
    public static string Label(int index, string? id) =>
        string.IsNullOrWhiteSpace(id) ? $"Item {index + 1}" : $"Item {index + 1} ({id.Trim()})";

    /// <summary>Adds the draft, or a rejection naming the item when it has no headline or no body.</summary>
    public static void Add(DecodedDrafts decoded, string label, StoryDraft draft)
    {
        if (string.IsNullOrWhiteSpace(draft.Headline))
        {
            // Implementation note: a title-less item (RSS allows them) is not given a headline cut from its
            // body; a headline is what a desk writes, and one made up here would be published as theirs.
            decoded.Reject(RejectionReasons.NoHeadline, $"{label} has no title; a story needs a headline, so the item was not read.");
            return;
        }

        var hasBody = draft.BodyHtml is { } html ? MarkupText.HasVisibleText(html) : draft.Paragraphs.Count > 0;
        if (!hasBody)
        {
            // A title with a link and no text is a pointer to a story elsewhere, not a story.
            decoded.Reject(RejectionReasons.NoBody, $"{label} \"{draft.Headline}\" has a title but no text in its description or content.");
            return;
        }

        decoded.Add(draft);
    }

    /// <summary>Refuses a document that holds no items at all.</summary>
    public static void RejectEmpty(DecodedDrafts decoded, string what) =>
        decoded.Reject(RejectionReasons.Empty, $"The {what} holds no items, so there is no story in it.");

    /// <summary>Notes the items past <see cref="MaxItems"/>, which were not read.</summary>
    public static void RejectBeyondCap(DecodedDrafts decoded, int count)
    {
        if (count > MaxItems)
        {
            decoded.Reject(RejectionReasons.TooLarge,
                $"The feed holds {count} items; only the first {MaxItems} were read and the other {count - MaxItems} were dropped.");
        }
    }
}
