namespace Syndication.Core.Partners;

/// <summary>Who may see a story, in kind; see <see cref="StoryAudience"/>.</summary>
public enum AudienceKind
{
    /// <summary>Every partner whose feeds' filters take it.</summary>
    Everyone,

    /// <summary>Exclusive to one partner, and only that one.</summary>
    Exclusive,

    /// <summary>Exclusive to an organisation no partner is known as: nobody, until an operator routes it; then the partners it was routed to.</summary>
    Held,

    /// <summary>Nobody before its embargo ends.</summary>
    Embargoed,

    /// <summary>Withheld by its source (or an embargo that could not be read): nobody, until a usable version replaces it.</summary>
    Withheld,

    /// <summary>Killed: nobody, ever again.</summary>
    Killed,
}
