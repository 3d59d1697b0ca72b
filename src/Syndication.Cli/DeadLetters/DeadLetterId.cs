using System.Globalization;

namespace Syndication.Cli.DeadLetters;

/// <summary>Where a dead letter is: <c>stories:P@O</c> or <c>deliveries:P@O</c>, its topic, partition and offset.</summary>
internal sealed record DeadLetterId(DeadLetterTopic Topic, int Partition, long Offset)
{
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{DeadLetterTopics.ShortName(Topic)}:{Partition}@{Offset}");

    /// <summary>Null when <paramref name="text"/> is not an id.</summary>
    internal static DeadLetterId? Parse(string text)
    {
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        var at = text.IndexOf('@', StringComparison.Ordinal);
        if (colon < 0 || at < colon
            || DeadLetterTopics.Parse(text[..colon]) is not { } topic
            || !int.TryParse(text.AsSpan(colon + 1, at - colon - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var partition)
            || !long.TryParse(text.AsSpan(at + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var offset))
        {
            return null;
        }

        return new DeadLetterId(topic, partition, offset);
    }
}
