using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Syndication.Core.Stories;

namespace Syndication.Core.Normalization;

/// <summary>
/// The content id of a story: 32 lower-case hex characters (128 bits) of the SHA-256 of a canonical
/// serialization of its normalized content. The same story gets the same id whatever bytes carried it.
/// </summary>
/// <remarks>
/// The serialization is UTF-8 lines of <c>tag length:value</c>, so no text, however it is made, can pass
/// for a field boundary; a missing value is written <c>tag -</c>, apart from an empty one. Derived values
/// (kicker, slug, word count) and the source format are left out: they follow from the content or do not
/// change it. Changing the serialization changes every id, so it opens with a version line.
/// </remarks>
internal static class StoryId
{
    private const int HexLength = 32;

    // Bounds the canonical form's length: every UTF-16 unit takes at most three UTF-8 bytes, and a line's
    // tag, length and separators (or a role, or a count) fit in FieldOverhead bytes.
    private const int FieldOverhead = 32;

    // The version line, headline, subheadline, contributor count, dateline, credit, the three rights, the
    // paragraph count, and the six optional status and identity lines.
    private const int FixedFields = 16;

    // The longest of the optional values that are not text: a version, an ISO 8601 time, a status word.
    private const int MaxStatusValueLength = 40;

    private const int MaxCountDigits = 11;

    // Implementation note: the serialization is written as UTF-8 straight into one pooled buffer and hashed
    // in one call; building it as a string first cost three copies of the story per id.
    public static string Compute(Story story)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(MaxSerializedLength(story));
        try
        {
            var canonical = new CanonicalWriter(buffer);
            canonical.WriteLine("syndication-story/1");
            canonical.Write("headline", story.Headline);
            canonical.Write("subheadline", story.Subheadline);
            canonical.Write("contributors", story.Contributors.Count);
            foreach (var contributor in story.Contributors)
            {
                canonical.Write("name", contributor.Name);
                canonical.Write("role", contributor.Role.ToString());
            }

            canonical.Write("dateline", story.Dateline);
            canonical.Write("credit", story.Credit);
            canonical.Write("exclusive-to", story.Rights.ExclusiveTo);
            canonical.Write("copyright", story.Rights.Copyright);
            canonical.Write("usage-terms", story.Rights.UsageTerms);
            canonical.Write("paragraphs", story.Paragraphs.Count);
            foreach (var paragraph in story.Paragraphs)
            {
                canonical.Write("p", paragraph);
            }

            // What the story says about its own status and identity; written only when present, so a story
            // that carries none of it keeps the id it had before these fields existed.
            canonical.WriteIfPresent("body-html", story.BodyHtml);
            canonical.WriteIfPresent("source-id", story.SourceId);
            canonical.WriteIfPresent("version", story.Version?.ToString(CultureInfo.InvariantCulture));
            canonical.WriteIfPresent("embargo", story.Embargo?.Utc.ToString("O", CultureInfo.InvariantCulture));
            canonical.WriteIfPresent("pub-status", story.PubStatus == PubStatus.Usable ? null : story.PubStatus.ToString());
            canonical.WriteIfPresent("correction", story.IsCorrection ? "yes" : null);

            return Hex(canonical.Written);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    // Implementation note: apart from Compute, whose loops would have the JIT compile it fully optimized at
    // once (no on-stack replacement in a method that stack-allocates), slowing a worker's first story.
    private static string Hex(ReadOnlySpan<byte> canonical)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(canonical, hash);
        return Convert.ToHexStringLower(hash[..(HexLength / 2)]);
    }

    private static int MaxSerializedLength(Story story)
    {
        var length = (long)FieldOverhead * (FixedFields + (2 * story.Contributors.Count) + story.Paragraphs.Count)
            + MaxUtf8Length(story.Headline) + MaxUtf8Length(story.Subheadline) + MaxUtf8Length(story.Dateline)
            + MaxUtf8Length(story.Credit) + MaxUtf8Length(story.Rights.ExclusiveTo)
            + MaxUtf8Length(story.Rights.Copyright) + MaxUtf8Length(story.Rights.UsageTerms)
            + MaxUtf8Length(story.BodyHtml) + MaxUtf8Length(story.SourceId) + (4L * MaxStatusValueLength);
        foreach (var contributor in story.Contributors)
        {
            length += MaxUtf8Length(contributor.Name);
        }

        foreach (var paragraph in story.Paragraphs)
        {
            length += MaxUtf8Length(paragraph);
        }

        return checked((int)length);
    }

    private static long MaxUtf8Length(string? value) => 3L * (value?.Length ?? 0);

    /// <summary>Writes the canonical lines into a buffer sized by <see cref="MaxSerializedLength"/>.</summary>
    private ref struct CanonicalWriter(byte[] buffer)
    {
        private int _length;

        public readonly ReadOnlySpan<byte> Written => buffer.AsSpan(0, _length);

        public void WriteLine(string line)
        {
            WriteText(line);
            WriteByte((byte)'\n');
        }

        public void Write(string tag, int count)
        {
            Span<char> digits = stackalloc char[MaxCountDigits];
            count.TryFormat(digits, out var written, default, CultureInfo.InvariantCulture);
            Write(tag, digits[..written]);
        }

        public void WriteIfPresent(string tag, string? value)
        {
            if (value is not null)
            {
                Write(tag, value.AsSpan());
            }
        }

        public void Write(string tag, string? value)
        {
            if (value is null)
            {
                WriteText(tag);
                WriteText(" -\n");
                return;
            }

            Write(tag, value.AsSpan());
        }

        private void Write(string tag, scoped ReadOnlySpan<char> value)
        {
            WriteText(tag);
            WriteByte((byte)' ');
            value.Length.TryFormat(buffer.AsSpan(_length), out var written, default, CultureInfo.InvariantCulture);
            _length += written;
            WriteByte((byte)':');
            WriteText(value);
            WriteByte((byte)'\n');
        }

        private void WriteText(scoped ReadOnlySpan<char> text) => _length += Encoding.UTF8.GetBytes(text, buffer.AsSpan(_length));

        private void WriteByte(byte value) => buffer[_length++] = value;
    }
}
