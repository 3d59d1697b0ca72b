namespace Syndication.Core.Partners;

/// <summary>Who may see a story now; made by <see cref="RightsRouting"/>.</summary>
public sealed record StoryAudience
{
    private StoryAudience(AudienceKind kind, IReadOnlyList<string> partnerIds, DateTimeOffset? until)
    {
        Kind = kind;
        PartnerIds = partnerIds;
        Until = until;
    }

    public static StoryAudience Everyone { get; } = new(AudienceKind.Everyone, [], null);

    public static StoryAudience Withheld { get; } = new(AudienceKind.Withheld, [], null);

    public static StoryAudience Killed { get; } = new(AudienceKind.Killed, [], null);

    public AudienceKind Kind { get; }

    /// <summary>The partner an exclusive story is for, or those an operator routed a held story to (none yet: nobody).</summary>
    public IReadOnlyList<string> PartnerIds { get; }

    /// <summary>When an embargoed story's embargo ends: from then on it is routed as if it had none.</summary>
    public DateTimeOffset? Until { get; }

    public static StoryAudience Exclusive(string partnerId) => new(AudienceKind.Exclusive, [partnerId], null);

    public static StoryAudience Held(IReadOnlyList<string> routedTo) => new(AudienceKind.Held, routedTo, null);

    public static StoryAudience Embargoed(DateTimeOffset until) => new(AudienceKind.Embargoed, [], until);

    /// <summary>Whether the partner <paramref name="partnerId"/> may see the story now (its feeds' filters aside).</summary>
    public bool Admits(string partnerId)
    {
        ArgumentNullException.ThrowIfNull(partnerId);
        return Kind switch
        {
            AudienceKind.Everyone => true,
            AudienceKind.Exclusive or AudienceKind.Held => PartnerIds.Contains(partnerId, StringComparer.OrdinalIgnoreCase),
            _ => false,
        };
    }

    public bool Equals(StoryAudience? other) =>
        other is not null && Kind == other.Kind && Until == other.Until
        && PartnerIds.SequenceEqual(other.PartnerIds, StringComparer.OrdinalIgnoreCase);

    public override int GetHashCode() => HashCode.Combine(Kind, Until, PartnerIds.Count);
}
