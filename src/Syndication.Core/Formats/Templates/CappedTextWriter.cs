using System.Globalization;

namespace Syndication.Core.Formats.Templates;

/// <summary>A string writer that refuses to grow past a length, so a template cannot fill the memory with output.</summary>
internal sealed class CappedTextWriter(int maxLength, string what) : StringWriter(CultureInfo.InvariantCulture)
{
    public override void Write(char value)
    {
        Reserve(1);
        base.Write(value);
    }

    public override void Write(char[] buffer, int index, int count)
    {
        Reserve(count);
        base.Write(buffer, index, count);
    }

    public override void Write(ReadOnlySpan<char> buffer)
    {
        Reserve(buffer.Length);
        base.Write(buffer);
    }

    public override void Write(string? value)
    {
        Reserve(value?.Length ?? 0);
        base.Write(value);
    }

    private void Reserve(int count)
    {
        if (GetStringBuilder().Length + (long)count > maxLength)
        {
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"{what} grew past {maxLength:N0} characters."));
        }
    }
}
