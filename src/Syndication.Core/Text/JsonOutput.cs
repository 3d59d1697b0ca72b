using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace Syndication.Core.Text;

/// <summary>
/// How the JSON documents we render are written: compact UTF-8, text as itself, and every character that
/// could end an HTML script block or break out of an attribute (<c>&lt;</c>, <c>&gt;</c>, <c>&amp;</c>,
/// quotes) escaped, with control characters.
/// </summary>
/// <remarks>
/// Implementation note: <see cref="JavaScriptEncoder.Default"/> escapes every non-ASCII character, which
/// makes an Arabic or Greek story three times its size; <see cref="JavaScriptEncoder.UnsafeRelaxedJsonEscaping"/>
/// leaves <c>&lt;</c> alone, so a headline holding <c>&lt;/script&gt;</c> would end the script block of any page
/// that inlines the document. An encoder that allows every Unicode range keeps the text and still escapes
/// those; characters outside the Basic Multilingual Plane are written as escaped surrogate pairs either way.
/// </remarks>
internal static class JsonOutput
{
    private static readonly JsonWriterOptions s_options = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    /// <summary>Writes one document with <paramref name="write"/> and returns its bytes.</summary>
    /// <param name="state">What <paramref name="write"/> writes, passed through so the delegate can be static.</param>
    /// <param name="sizeHint">About how many bytes the document takes, so the buffer seldom grows.</param>
    /// <param name="write">Writes the document.</param>
    public static byte[] Write<TState>(TState state, int sizeHint, Action<Utf8JsonWriter, TState> write)
    {
        using var buffer = new PooledBufferWriter(Math.Max(sizeHint, 256));
        using (var writer = new Utf8JsonWriter(buffer, s_options))
        {
            write(writer, state);
        }

        return buffer.WrittenSpan.ToArray();
    }
}
