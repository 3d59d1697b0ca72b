using System.Text.Json;
using Syndication.Core.Json;

namespace Syndication.Core.Partners.PartnersFile;

/// <summary>The errors found while reading a partners file; reading goes on after each, so all are found in one pass.</summary>
internal sealed class PartnersFileErrors
{
    private readonly List<PartnersFileError> _errors = [];

    public int Count => _errors.Count;

    /// <summary>The errors, in the order they appear in the file.</summary>
    public IReadOnlyList<PartnersFileError> InFileOrder =>
        [.. _errors.OrderBy(error => error.Line).ThenBy(error => error.Column)];

    public void Add(LocatedNode at, string message) => Add(at.Position, at.Path, message);

    public void Add(TextPosition position, string path, string message) =>
        _errors.Add(new PartnersFileError(position.Line, position.Column, path, message));

    /// <summary>Says what a value is, for "expected a string, found a number".</summary>
    public static string Describe(LocatedNode node) => node.Kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => "null",
    };
}
