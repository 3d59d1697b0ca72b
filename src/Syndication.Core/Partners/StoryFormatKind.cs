namespace Syndication.Core.Partners;

/// <summary>How a partner receives each story: a standard format or a template of its own.</summary>
public enum StoryFormatKind
{
    Ninjs,
    Nitf,
    NewsMlG2,
    Template,
}
