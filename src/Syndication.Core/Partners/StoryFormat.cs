using System.Diagnostics.CodeAnalysis;

namespace Syndication.Core.Partners;

/// <summary>
/// The format a partner's stories are rendered in, as the partners file names it: <c>ninjs</c>, <c>nitf</c>,
/// <c>newsmlg2</c>, or <c>template:NAME</c> for a template defined in the file's <c>templates</c>.
/// </summary>
public sealed record StoryFormat
{
    private const string TemplatePrefix = "template:";

    private StoryFormat(StoryFormatKind kind, string? templateName)
    {
        Kind = kind;
        TemplateName = templateName;
    }

    public static StoryFormat Ninjs { get; } = new(StoryFormatKind.Ninjs, null);

    public static StoryFormat Nitf { get; } = new(StoryFormatKind.Nitf, null);

    public static StoryFormat NewsMlG2 { get; } = new(StoryFormatKind.NewsMlG2, null);

    public StoryFormatKind Kind { get; }

    /// <summary>The template's name when <see cref="Kind"/> is <see cref="StoryFormatKind.Template"/>.</summary>
    public string? TemplateName { get; }

    public static StoryFormat Template(string name)
    {
        if (!PartnerIdentifier.IsValid(name))
        {
            throw new ArgumentException($"'{name}' is not a template name: {PartnerIdentifier.Rule}", nameof(name));
        }

        return new StoryFormat(StoryFormatKind.Template, name);
    }

    /// <summary>Reads a format as the partners file writes it; names are lower case, as the issue defines them.</summary>
    public static bool TryParse(string text, [NotNullWhen(true)] out StoryFormat? format)
    {
        ArgumentNullException.ThrowIfNull(text);
        format = text switch
        {
            "ninjs" => Ninjs,
            "nitf" => Nitf,
            "newsmlg2" => NewsMlG2,
            _ when text.StartsWith(TemplatePrefix, StringComparison.Ordinal) && PartnerIdentifier.IsValid(text[TemplatePrefix.Length..])
                => new StoryFormat(StoryFormatKind.Template, text[TemplatePrefix.Length..]),
            _ => null,
        };
        return format is not null;
    }

    public override string ToString() => Kind switch
    {
        StoryFormatKind.Ninjs => "ninjs",
        StoryFormatKind.Nitf => "nitf",
        StoryFormatKind.NewsMlG2 => "newsmlg2",
        _ => TemplatePrefix + TemplateName,
    };
}
