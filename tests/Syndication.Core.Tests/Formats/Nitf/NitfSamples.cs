using System.Text;

namespace Syndication.Core.Tests.Formats.Nitf;

/// <summary>Small NITF documents written for one behaviour each, and the corpus files of the format.</summary>
internal static class NitfSamples
{
    public static readonly string[] CorpusFiles =
    [
        "corpora/superdesk/nitf/aap-1.xml",
        "corpora/superdesk/nitf/aap-cyber.xml",
        "corpora/superdesk/nitf/aap-finance-lite.xml",
        "corpora/superdesk/nitf/aap-finance.xml",
        "corpora/superdesk/nitf/aap-finance1.xml",
        "corpora/superdesk/nitf/aap.xml",
        "corpora/superdesk/nitf/ap-nitf.xml",
        "corpora/superdesk/nitf/efe_nitf.xml",
        "corpora/superdesk/nitf/mapping_test.xml",
        "corpora/superdesk/nitf/nitf-fishing.xml",
        "corpora/superdesk/nitf/nitf-ntb.xml",
        "corpora/superdesk/nitf/pa1.xml",
        "corpora/superdesk/nitf/pa2.xml",
        "corpora/superdesk/nitf/pa4.xml",
        "corpora/superdesk/nitf/pa5.xml",
        "corpora/iptc/nitf/NTB_nitf_sample.xml",
        "schemas/nitf/examples/nitf-from-newsml-g2-LISTING_22.xml",
        "schemas/nitf/examples/nitf-from-newsml-g2-LISTING_25.xml",
    ];

    /// <summary>A NITF document without namespace holding the given docdata children and body.content.</summary>
    public static byte[] Story(string docdata = "", string content = "<p>The body.</p>", string headline = "A headline", string docdataAttributes = "") =>
        Encoding.UTF8.GetBytes($"""
            <?xml version="1.0" encoding="UTF-8"?>
            <nitf>
              <head>
                <title>{headline}</title>
                <docdata{docdataAttributes}>{docdata}</docdata>
              </head>
              <body>
                <body.head><hedline><hl1>{headline}</hl1></hedline></body.head>
                <body.content>{content}</body.content>
              </body>
            </nitf>
            """);
}
