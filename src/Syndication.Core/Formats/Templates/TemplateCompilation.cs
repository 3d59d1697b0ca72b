using System.Diagnostics.CodeAnalysis;

namespace Syndication.Core.Formats.Templates;

/// <summary>What compiling a template gave: the template, or why it was refused (the old one stays in force).</summary>
public sealed class TemplateCompilation
{
    private TemplateCompilation(StoryTemplate? template, TemplateError? error)
    {
        Template = template;
        Error = error;
    }

    public StoryTemplate? Template { get; }

    public TemplateError? Error { get; }

    [MemberNotNullWhen(true, nameof(Template))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Succeeded => Template is not null;

    internal static TemplateCompilation Compiled(StoryTemplate template) => new(template, null);

    internal static TemplateCompilation Failed(TemplateError error) => new(null, error);
}
