namespace Syndication.Core.Decoding;

/// <summary>The input formats the decoder tells apart by their bytes.</summary>
internal enum WireFormat
{
    /// <summary>Plain wire copy: a headline line, header lines, paragraphs.</summary>
    PlainCopy,

    /// <summary>A JSON object, or a list of objects: ninjs.</summary>
    Ninjs,

    /// <summary>An XML document whose root is <c>nitf</c>.</summary>
    Nitf,

    /// <summary>An XML document whose root is a NewsML-G2 <c>newsItem</c>, <c>packageItem</c> or <c>newsMessage</c>.</summary>
    NewsMlG2,

    /// <summary>An RSS 0.9x/2.0 (<c>rss</c>), RSS 1.0 (<c>rdf:RDF</c>) or Atom (<c>feed</c>, <c>entry</c>) document.</summary>
    Feed,

    /// <summary>A Reuters-21578 SGML record (<c>&lt;REUTERS …&gt;</c>).</summary>
    ReutersSgml,

    /// <summary>IPTC 7901 or ANPA 1312 copy: framed by C0 control characters (SOH, SYN) or a ZCZC start.</summary>
    Iptc7901,

    /// <summary>Markup whose root we do not read (an XML catalog, NewsML 1.x, HTML).</summary>
    UnknownMarkup,
}
