using System.Globalization;

namespace Syndication.Core.Stories;

/// <summary>An instant in UTC with the offset the source wrote it in ("+02:00"), so neither is lost.</summary>
public sealed record StoryTime(DateTime Utc, string Offset)
{
    public static StoryTime From(DateTimeOffset time)
    {
        var offset = time.Offset;
        var sign = offset < TimeSpan.Zero ? "-" : "+";
        var text = string.Create(CultureInfo.InvariantCulture, $"{sign}{Math.Abs(offset.Hours):00}:{Math.Abs(offset.Minutes):00}");
        return new StoryTime(time.UtcDateTime, text);
    }

    /// <summary>The instant in the source's own offset.</summary>
    public DateTimeOffset ToDateTimeOffset()
    {
        var negative = Offset.StartsWith('-');
        var offset = TimeSpan.ParseExact(Offset.AsSpan(1), "hh\\:mm", CultureInfo.InvariantCulture);
        return new DateTimeOffset(DateTime.SpecifyKind(Utc, DateTimeKind.Utc)).ToOffset(negative ? -offset : offset);
    }
}
