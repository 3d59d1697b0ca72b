using System.Net.Http.Headers;
using Syndication.Core.Json;

namespace Syndication.Core.Partners.PartnersFile;

/// <summary>
/// Reads the file's <c>"templates": { "NAME": { "file": "templates/NAME.liquid", "mediaType": "text/html" } }</c>.
/// Only the references are checked here: the worker reads and compiles the files.
/// </summary>
internal static class TemplatesReader
{
    private static readonly string[] s_properties = ["file", "mediaType"];

    public static Dictionary<string, PartnerTemplate> Read(LocatedNode? node, PartnersFileErrors errors)
    {
        var templates = new Dictionary<string, PartnerTemplate>(StringComparer.Ordinal);
        if (node is null)
        {
            return templates;
        }

        if (node is not LocatedObject located)
        {
            errors.Add(node, $"'templates' must be an object of templates by name {{ \"NAME\": {{ \"file\": …, \"mediaType\": … }} }}, not {PartnersFileErrors.Describe(node)}");
            return templates;
        }

        foreach (var property in located.Properties)
        {
            if (!PartnerIdentifier.IsValid(property.Name))
            {
                errors.Add(property.NamePosition, property.Value.Path, $"'{property.Name}' is not a valid template name: {PartnerIdentifier.Rule}");
            }
            else if (templates.ContainsKey(property.Name))
            {
                errors.Add(property.NamePosition, property.Value.Path, $"template '{property.Name}' is defined twice");
            }
            else if (ReadTemplate(property.Name, property.Value, errors) is { } template)
            {
                templates.Add(template.Name, template);
            }
        }

        return templates;
    }

    private static PartnerTemplate? ReadTemplate(string name, LocatedNode node, PartnersFileErrors errors)
    {
        var fields = ObjectFields.Read(node, "a template", s_properties, errors);
        if (fields is null)
        {
            return null;
        }

        var file = fields.Required("file") is { } fileNode ? FieldValues.Text(fileNode, "file", errors) : null;
        var mediaType = fields.Required("mediaType") is { } typeNode ? MediaType(typeNode, errors) : null;
        return file is null || mediaType is null ? null : new PartnerTemplate(name, file, mediaType);
    }

    private static string? MediaType(LocatedNode node, PartnersFileErrors errors)
    {
        var text = FieldValues.Text(node, "mediaType", errors);
        if (text is not null && (!MediaTypeHeaderValue.TryParse(text, out var parsed) || parsed.MediaType?.Contains('/', StringComparison.Ordinal) != true))
        {
            errors.Add(node, $"'{text}' is not a media type: write it as type/subtype, such as 'text/html'");
            return null;
        }

        return text;
    }
}
