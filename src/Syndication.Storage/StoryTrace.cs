namespace Syndication.Storage;

/// <summary>
/// The W3C trace context a story was ingested under, kept with its outbox entry so the delivery, perhaps
/// hours later, continues the story's trace.
/// </summary>
/// <param name="Parent">The <c>traceparent</c> value (<c>00-{trace id}-{span id}-{flags}</c>).</param>
/// <param name="State">The <c>tracestate</c> value, or null when there was none.</param>
public sealed record StoryTrace(string Parent, string? State = null);
