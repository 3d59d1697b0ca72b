using Syndication.Core.Stories;

namespace Syndication.Core.Partners;

/// <summary>
/// Decides from a story's rights who may see it: rights routing, for one partners directory and the
/// publisher that runs the service.
/// </summary>
/// <remarks>
/// In order, the first rule that applies decides:
/// <list type="number">
/// <item>a killed item (or a version that kills it): nobody, whatever else;</item>
/// <item>before its embargo: nobody; from the embargo's instant on, the rules below as if it had none;</item>
/// <item>a version its source withheld: nobody;</item>
/// <item>exclusive to a name in a partner's <c>knownAs</c>: that partner only (checked before the publisher,
/// so a partner that claims the publisher's own name gets less, not more);</item>
/// <item>exclusive to the publisher: everyone (its credit already names the publisher);</item>
/// <item>exclusive to anyone else: held, for the partners an operator routed it to (nobody until then);</item>
/// <item>not exclusive: everyone.</item>
/// </list>
/// Routes an operator set matter only to a held story: an exclusive story stays its partner's.
/// </remarks>
public sealed class RightsRouting
{
    private readonly PartnerDirectory _directory;
    private readonly string _publisher;

    /// <param name="directory">The partners.</param>
    /// <param name="publisher">The organisation that runs the service (<c>Syndication:Publisher</c>).</param>
    public RightsRouting(PartnerDirectory directory, string publisher)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(publisher);
        _directory = directory;
        _publisher = OrganisationName.Normalize(publisher);
    }

    /// <param name="story">The item's current version.</param>
    /// <param name="isKilled">Whether the item has been killed (by any version).</param>
    /// <param name="now">The time now.</param>
    /// <param name="routedTo">The ids of the partners an operator routed the item to.</param>
    public StoryAudience Audience(Story story, bool isKilled, DateTimeOffset now, IReadOnlyList<string> routedTo)
    {
        ArgumentNullException.ThrowIfNull(story);
        ArgumentNullException.ThrowIfNull(routedTo);
        if (isKilled || story.PubStatus == PubStatus.Canceled)
        {
            return StoryAudience.Killed;
        }

        if (story.Embargo?.ToDateTimeOffset() is { } embargo && now < embargo)
        {
            return StoryAudience.Embargoed(embargo);
        }

        if (story.PubStatus == PubStatus.Withheld)
        {
            return StoryAudience.Withheld;
        }

        if (story.Rights.ExclusiveTo is not { } exclusiveTo)
        {
            return StoryAudience.Everyone;
        }

        if (_directory.FindByName(exclusiveTo) is { } partner)
        {
            return StoryAudience.Exclusive(partner.Id);
        }

        return OrganisationName.Normalize(exclusiveTo) == _publisher ? StoryAudience.Everyone : StoryAudience.Held(routedTo);
    }
}
