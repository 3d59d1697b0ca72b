using System.Diagnostics;
using System.Text;
using Confluent.Kafka;
using Syndication.Storage;
using Syndication.Worker.Telemetry;

namespace Syndication.Worker.Tests.Telemetry;

public sealed class KafkaTraceContextTests
{
    private const string TraceParent = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01";

    [Fact]
    public void Extract_ValidTraceparentAndTracestate_ReadsBoth()
    {
        var headers = new Headers { { "traceparent", Encoding.UTF8.GetBytes(TraceParent) }, { "tracestate", Encoding.UTF8.GetBytes("vendor=opaque") } };

        var context = KafkaTraceContext.Extract(headers);

        context.TraceId.ToHexString().ShouldBe("0af7651916cd43dd8448eb211c80319c");
        context.SpanId.ToHexString().ShouldBe("b7ad6b7169203331");
        context.TraceFlags.ShouldBe(ActivityTraceFlags.Recorded);
        context.TraceState.ShouldBe("vendor=opaque");
        context.IsRemote.ShouldBeTrue();
    }

    [Theory]
    [InlineData("00-00000000000000000000000000000000-b7ad6b7169203331-01")]
    [InlineData("00-0af7651916cd43dd8448eb211c80319c-0000000000000000-01")]
    [InlineData("not a traceparent")]
    [InlineData("")]
    public void Extract_InvalidTraceparent_IsDefault(string value)
    {
        KafkaTraceContext.Extract(new Headers { { "traceparent", Encoding.UTF8.GetBytes(value) } }).ShouldBe(default);
    }

    [Fact]
    public void Extract_NoHeaders_IsDefault()
    {
        KafkaTraceContext.Extract(null).ShouldBe(default);
        KafkaTraceContext.Extract([]).ShouldBe(default);
    }

    [Fact]
    public void Inject_HeadersWithAnUpstreamTraceparent_ReplacesIt()
    {
        var headers = new Headers { { "traceparent", Encoding.UTF8.GetBytes(TraceParent) }, { "other", [1] } };
        var context = new ActivityContext(ActivityTraceId.CreateFromString("11111111111111111111111111111111"), ActivitySpanId.CreateFromString("2222222222222222"), ActivityTraceFlags.None, "a=b");

        KafkaTraceContext.Inject(context, headers);

        headers.Where(header => header.Key == "traceparent").Select(header => Encoding.UTF8.GetString(header.GetValueBytes()))
            .ShouldBe(["00-11111111111111111111111111111111-2222222222222222-00"]);
        Encoding.UTF8.GetString(headers.GetLastBytes("tracestate")).ShouldBe("a=b");
        headers.GetLastBytes("other").ShouldBe([(byte)1]);
    }

    [Fact]
    public void Inject_DefaultContext_LeavesTheHeadersAlone()
    {
        var headers = new Headers { { "traceparent", Encoding.UTF8.GetBytes(TraceParent) } };

        KafkaTraceContext.Inject(default, headers);

        Encoding.UTF8.GetString(headers.GetLastBytes("traceparent")).ShouldBe(TraceParent);
    }

    [Fact]
    public void ToStoredThenFromStored_RecordedContextWithState_RoundTrips()
    {
        var context = new ActivityContext(ActivityTraceId.CreateFromString("0af7651916cd43dd8448eb211c80319c"), ActivitySpanId.CreateFromString("b7ad6b7169203331"), ActivityTraceFlags.Recorded, "vendor=opaque");

        var stored = KafkaTraceContext.ToStored(context);

        stored.ShouldBe(new StoryTrace(TraceParent, "vendor=opaque"));
        var read = KafkaTraceContext.FromStored(stored);
        read.TraceId.ShouldBe(context.TraceId);
        read.SpanId.ShouldBe(context.SpanId);
        read.TraceFlags.ShouldBe(ActivityTraceFlags.Recorded);
        read.TraceState.ShouldBe("vendor=opaque");
        read.IsRemote.ShouldBeTrue("a stored context is a parent from another time, as from another process");
    }

    [Fact]
    public void ToStored_DefaultContext_IsNull()
    {
        KafkaTraceContext.ToStored(default).ShouldBeNull();
    }

    [Fact]
    public void ToStored_UnsampledContextWithoutState_HasFlagsZeroAndNoState()
    {
        var context = new ActivityContext(ActivityTraceId.CreateFromString("0af7651916cd43dd8448eb211c80319c"), ActivitySpanId.CreateFromString("b7ad6b7169203331"), ActivityTraceFlags.None);

        KafkaTraceContext.ToStored(context).ShouldBe(new StoryTrace("00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-00"));
    }

    [Fact]
    public void FromStored_NoneOrUnreadable_IsDefaultSoANewTraceStarts()
    {
        KafkaTraceContext.FromStored(null).ShouldBe(default);
        KafkaTraceContext.FromStored(new StoryTrace("garbage")).ShouldBe(default);
    }
}
