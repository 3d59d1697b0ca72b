namespace Syndication.Core.Stories;

public enum ContributorRole
{
    /// <summary>Wrote the story ("By NAME").</summary>
    Author,

    /// <summary>Reported for it ("Reporting by NAME").</summary>
    Reporter,

    /// <summary>Wrote it from others' reporting ("Writing by NAME").</summary>
    Writer,

    /// <summary>Edited it ("Edited by NAME", "Editing by NAME"); not an author.</summary>
    Editor,
}
