namespace Syndication.Core.Stories;

/// <summary>The IPTC publishing status of an item.</summary>
public enum PubStatus
{
    /// <summary>May be published.</summary>
    Usable,

    /// <summary>Held back by its source for now; not to be published.</summary>
    Withheld,

    /// <summary>Killed or withdrawn: must be removed wherever it was published.</summary>
    Canceled,
}
