namespace Syndication.Core.Partners.PartnersFile;

/// <summary>One thing wrong with a partners file, where it is and what to do about it.</summary>
/// <param name="Line">1-based line.</param>
/// <param name="Column">1-based column, in characters.</param>
/// <param name="Path">The JSON path of the value at fault (<c>$.partners[1].feeds[0].format</c>).</param>
/// <param name="Message">The explanation, for a person.</param>
public sealed record PartnersFileError(int Line, int Column, string Path, string Message);
