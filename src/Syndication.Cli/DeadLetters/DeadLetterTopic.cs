namespace Syndication.Cli.DeadLetters;

/// <summary>The two dead-letter topics, by the short names ids and <c>--topic</c> use.</summary>
internal enum DeadLetterTopic
{
    /// <summary><c>wire.stories.dlq</c>: stories the pipeline rejected, with their original bytes.</summary>
    Stories,

    /// <summary><c>wire.deliveries.dlq</c>: pushes to partners that were given up on.</summary>
    Deliveries,
}
