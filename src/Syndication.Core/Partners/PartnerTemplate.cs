namespace Syndication.Core.Partners;

/// <summary>A story template a partner's <c>template:NAME</c> story format refers to.</summary>
/// <param name="Name">The name partners refer to it by.</param>
/// <param name="File">The template file, relative to the partners file (the worker reads and compiles it).</param>
/// <param name="MediaType">The media type of what it renders (<c>text/html</c>).</param>
public sealed record PartnerTemplate(string Name, string File, string MediaType);
