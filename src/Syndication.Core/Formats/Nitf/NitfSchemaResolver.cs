using System.Xml;

namespace Syndication.Core.Formats.Nitf;

/// <summary>
/// Serves the files the NITF schema includes and imports from this assembly's embedded copies, by file
/// name, so compiling the schema never reads the disk or the network.
/// </summary>
internal sealed class NitfSchemaResolver : XmlResolver
{
    /// <summary>The base the schema files are addressed under; no such host exists.</summary>
    public static readonly Uri BaseUri = new("embedded://nitf-schema/");

    private const string ResourcePrefix = "Syndication.Core.Formats.Nitf.Schema.";

    public static Stream Open(string fileName) =>
        typeof(NitfSchemaResolver).Assembly.GetManifestResourceStream(ResourcePrefix + fileName)
        ?? throw new InvalidOperationException($"The NITF schema file {fileName} is not embedded in {typeof(NitfSchemaResolver).Assembly.GetName().Name}.");

    public override object GetEntity(Uri absoluteUri, string? role, Type? ofObjectToReturn)
    {
        if (absoluteUri.Scheme != BaseUri.Scheme)
        {
            throw new XmlException($"The NITF schema refers to {absoluteUri}, which is not one of its embedded files.");
        }

        return Open(Path.GetFileName(absoluteUri.AbsolutePath));
    }
}
