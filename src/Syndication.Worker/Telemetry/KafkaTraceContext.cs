using System.Diagnostics;
using System.Text;
using Confluent.Kafka;
using OpenTelemetry.Context.Propagation;
using Syndication.Storage;

namespace Syndication.Worker.Telemetry;

/// <summary>
/// W3C trace context (<c>traceparent</c>, <c>tracestate</c>) in Kafka headers and in the store, read and
/// written by OpenTelemetry's own propagator.
/// </summary>
public static class KafkaTraceContext
{
    public const string TraceParentHeader = "traceparent";
    public const string TraceStateHeader = "tracestate";

    private static readonly TraceContextPropagator s_propagator = new();

    /// <summary>The context a producer upstream sent in the message's headers; default (invalid) when it sent none, or one that does not parse.</summary>
    public static ActivityContext Extract(Headers? headers)
    {
        if (headers is null || headers.Count == 0)
        {
            return default;
        }

        return s_propagator.Extract(default, headers, static (carrier, name) =>
            carrier.TryGetLastBytes(name, out var value) ? [Encoding.UTF8.GetString(value)] : []).ActivityContext;
    }

    /// <summary>Writes <paramref name="context"/> as <c>traceparent</c> (and <c>tracestate</c>) headers, replacing any there; nothing for an invalid context.</summary>
    public static void Inject(ActivityContext context, Headers headers)
    {
        ArgumentNullException.ThrowIfNull(headers);
        if (context == default)
        {
            return;
        }

        headers.Remove(TraceParentHeader);
        headers.Remove(TraceStateHeader);
        s_propagator.Inject(new PropagationContext(context, default), headers, static (carrier, name, value) => carrier.Add(name, Encoding.UTF8.GetBytes(value)));
    }

    /// <summary>The context as the store keeps it; null for an invalid one.</summary>
    public static StoryTrace? ToStored(ActivityContext context)
    {
        if (context == default)
        {
            return null;
        }

        var flags = (context.TraceFlags & ActivityTraceFlags.Recorded) != 0 ? "01" : "00";
        return new StoryTrace($"00-{context.TraceId.ToHexString()}-{context.SpanId.ToHexString()}-{flags}", string.IsNullOrEmpty(context.TraceState) ? null : context.TraceState);
    }

    /// <summary>The stored context, as a remote parent; default (so a new root) for none, or one that does not parse.</summary>
    public static ActivityContext FromStored(StoryTrace? trace) =>
        trace is not null && ActivityContext.TryParse(trace.Parent, trace.State, isRemote: true, out var context) ? context : default;
}
