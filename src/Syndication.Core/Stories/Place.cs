namespace Syndication.Core.Stories;

/// <summary>A place a story is about or was filed from.</summary>
/// <param name="Name">The name as the source writes it.</param>
/// <param name="Code">The place's code in its scheme ("iso3166-1a2:SY"), when given.</param>
public sealed record Place(string Name, string? Code);
