namespace Syndication.Core.Stories;

/// <summary>What a story is about.</summary>
/// <param name="Code">The concept's code in its scheme ("medtop:20000763", "subj:15000000"), when given.</param>
/// <param name="Name">Its name as the source writes it, when given.</param>
public sealed record Subject(string? Code, string? Name);
