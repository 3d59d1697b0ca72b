using Syndication.Core.Json;

namespace Syndication.Core.Partners.PartnersFile;

/// <summary>
/// Reads a partners file (<c>Partners:Path</c>) into a <see cref="PartnerDirectory"/>, or every error in it,
/// each with its line, column and JSON path. JSON with comments and trailing commas; property names are
/// case-sensitive and unknown ones are errors, so a typo is never silently ignored.
/// </summary>
/// <remarks>
/// <c>{ "partners": [ … ], "templates": { … } }</c>: <c>partners</c> is required, <c>templates</c> optional.
/// Templates are read first, so a partner's <c>template:NAME</c> can be checked wherever they stand.
/// </remarks>
public static class PartnersFileParser
{
    private static readonly string[] s_properties = ["partners", "templates"];

    public static PartnersFileResult Parse(string text)
    {
        if (!LocatedJsonReader.TryRead(text, out var root, out var syntax))
        {
            return PartnersFileResult.Invalid([new PartnersFileError(syntax!.Position.Line, syntax.Position.Column, JsonPath.Root, syntax.Message)]);
        }

        var errors = new PartnersFileErrors();
        var fields = ObjectFields.Read(root!, "the partners file", s_properties, errors);
        var templates = TemplatesReader.Read(fields?.Optional("templates"), errors);
        var partners = new List<Partner>();
        switch (fields?.Required("partners"))
        {
            case LocatedArray array:
                var claims = new PartnerClaims(errors);
                partners.AddRange(array.Items.Select(item => PartnerReader.Read(item, templates, claims, errors)).OfType<Partner>());
                break;
            case { } other:
                errors.Add(other, $"'partners' must be an array of partners [ {{ \"id\", \"name\", … }} ], not {PartnersFileErrors.Describe(other)}");
                break;
        }

        return errors.Count == 0
            ? PartnersFileResult.Valid(new PartnerDirectory(partners, templates.Values))
            : PartnersFileResult.Invalid(errors.InFileOrder);
    }
}
