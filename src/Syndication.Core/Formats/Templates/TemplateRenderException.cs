namespace Syndication.Core.Formats.Templates;

/// <summary>A partner's template failed on an entry, or was stopped by a sandbox limit.</summary>
public sealed class TemplateRenderException : Exception
{
    public TemplateRenderException(string templateName, string reason, Exception innerException)
        : base($"Template \"{templateName}\" stopped: {reason}", innerException)
    {
        TemplateName = templateName;
        Reason = reason;
    }

    public string TemplateName { get; }

    /// <summary>Why it stopped, in words a partner can act on.</summary>
    public string Reason { get; }
}
