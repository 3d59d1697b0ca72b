using System.Text.Json;
using Syndication.Core.Json;

namespace Syndication.Core.Tests.Json;

public sealed class LocatedJsonReaderTests
{
    [Fact]
    public void TryRead_NestedValues_KeepEachOnesPathPositionAndBytes()
    {
        const string text = "{\n  \"a\": [1, {\"b c\": \"x\"}],\n  \"d\": null\n}";

        LocatedJsonReader.TryRead(text, out var root, out var error).ShouldBeTrue();

        error.ShouldBeNull();
        var properties = root.ShouldBeOfType<LocatedObject>().Properties;
        properties.Select(property => (property.Name, property.NamePosition)).ShouldBe([("a", new TextPosition(2, 3)), ("d", new TextPosition(3, 3))]);
        var array = properties[0].Value.ShouldBeOfType<LocatedArray>();
        (array.Path, array.Position, text[array.Start..array.End]).ShouldBe(("$.a", new TextPosition(2, 8), "[1, {\"b c\": \"x\"}]"));
        var number = array.Items[0].ShouldBeOfType<LocatedScalar>();
        (number.Path, number.Kind, number.Text).ShouldBe(("$.a[0]", JsonValueKind.Number, "1"));
        var inner = array.Items[1].ShouldBeOfType<LocatedObject>().Properties.ShouldHaveSingleItem().Value.ShouldBeOfType<LocatedScalar>();
        (inner.Path, inner.Position, inner.Text, text[inner.Start..inner.End]).ShouldBe(("$.a[1]['b c']", new TextPosition(2, 20), "x", "\"x\""));
        properties[1].Value.Kind.ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public void TryRead_DuplicateProperties_KeepsBoth()
    {
        LocatedJsonReader.TryRead("""{"a": 1, "a": 2}""", out var root, out _).ShouldBeTrue();

        root.ShouldBeOfType<LocatedObject>().Properties.Select(property => ((LocatedScalar)property.Value).Text).ShouldBe(["1", "2"]);
    }

    [Fact]
    public void TryRead_CommentsAndTrailingCommas_AreSkipped()
    {
        LocatedJsonReader.TryRead("// head\n{ /* a */ \"a\": [1, 2,], }", out var root, out _).ShouldBeTrue();

        root.ShouldBeOfType<LocatedObject>().Properties.ShouldHaveSingleItem().Value.ShouldBeOfType<LocatedArray>().Items.Count.ShouldBe(2);
    }

    [Fact]
    public void TryRead_CrLfLines_CountLinesAndColumnsLikeLf()
    {
        LocatedJsonReader.TryRead("{\r\n  \"a\":\r\n    true\r\n}", out var root, out _).ShouldBeTrue();

        root.ShouldBeOfType<LocatedObject>().Properties[0].Value.Position.ShouldBe(new TextPosition(3, 5));
    }

    [Fact]
    public void TryRead_StringWithEscapes_ReadsItsValueAndSpansItsText()
    {
        const string text = """["a\"\u00e9"]""";

        LocatedJsonReader.TryRead(text, out var root, out _).ShouldBeTrue();

        var item = root.ShouldBeOfType<LocatedArray>().Items[0].ShouldBeOfType<LocatedScalar>();
        item.Text.ShouldBe("a\"\u00E9");
        text[item.Start..item.End].ShouldBe("\"a\\\"\\u00e9\"");
    }

    [Fact]
    public void TryRead_TooDeep_IsASyntaxError()
    {
        var text = new string('[', 65) + new string(']', 65);

        LocatedJsonReader.TryRead(text, out _, out var error).ShouldBeFalse();

        error!.Position.ShouldBe(new TextPosition(1, 65));
    }
}
