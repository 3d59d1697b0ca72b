using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;

namespace Syndication.Core.Formats.Nitf;

/// <summary>
/// Checks a NITF document against the NITF 3.6 XSD and says, in sentences, where it departs from it.
/// </summary>
/// <remarks>
/// Implementation note: real NITF almost never carries the namespace the XSD targets, and often declares
/// an older version (3.1 to 3.4), so checking only "is it namespaced" would say nothing useful. The
/// decoder instead moves the elements into the namespace (in place, one pass over the tree it already
/// holds) and validates, so an operator sees the deviations that matter: elements out of order,
/// undeclared attributes, a <c>pubdata</c> inside <c>docdata</c>. The price, measured on the corpus, is
/// 30 to 180 microseconds per story, one to four times the cost of loading the XML and about a tenth of a
/// whole decode (the HTML sanitizer dominates); the schema set is compiled once per process. Checking only
/// the fields we read would be cheaper but would miss exactly the structural errors that tell an operator
/// a feed has changed. Nothing is refused for a schema error: a story is taken wherever its meaning is clear.
/// </remarks>
internal static class NitfSchema
{
    public static readonly XNamespace Namespace = "http://iptc.org/std/NITF/2006-10-18/";

    /// <summary>The only value the 3.6 XSD allows in <c>nitf/@version</c>.</summary>
    public const string Version = "-//IPTC//DTD NITF 3.6//EN";

    private const int MaxReported = 5;

    private static readonly XmlSchemaSet s_schemas = Compile();

    /// <summary>Validates <paramref name="document"/>, whose elements are in <see cref="Namespace"/>, adding at most a few deviations.</summary>
    public static void Validate(XDocument document, ICollection<string> deviations)
    {
        var errors = 0;
        document.Validate(s_schemas, (_, e) =>
        {
            errors++;
            if (errors <= MaxReported)
            {
                deviations.Add($"NITF 3.6 schema: {Readable(e.Message)}");
            }
        });

        if (errors > MaxReported)
        {
            deviations.Add($"NITF 3.6 schema: {errors - MaxReported} more errors not listed.");
        }
    }

    /// <summary>The validator's message without the namespace it repeats for every element.</summary>
    private static string Readable(string message) =>
        message.Replace($" in namespace '{Namespace.NamespaceName}'", string.Empty, StringComparison.Ordinal);

    private static XmlSchemaSet Compile()
    {
        var schemas = new XmlSchemaSet { XmlResolver = new NitfSchemaResolver() };
        using var stream = NitfSchemaResolver.Open("nitf-3-6.xsd");
        using var reader = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null }, new Uri(NitfSchemaResolver.BaseUri, "nitf-3-6.xsd").AbsoluteUri);
        schemas.Add(null, reader);
        schemas.Compile();
        return schemas;
    }
}
