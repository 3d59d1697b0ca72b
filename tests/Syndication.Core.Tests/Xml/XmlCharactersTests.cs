using System.Xml;
using Syndication.Core.Xml;

namespace Syndication.Core.Tests.Xml;

public sealed class XmlCharactersTests
{
    [Theory]
    [InlineData("Plain text, «quoted», 日本語 and 😀.")]
    [InlineData("Tab\tline\nreturn\r kept")]
    [InlineData("<markup> & ]]> is the writer's to escape")]
    [InlineData("")]
    public void Legal_TextXmlCanCarry_IsTheSameInstance(string text)
    {
        XmlCharacters.Legal(text).ShouldBeSameAs(text);
    }

    [Theory]
    [InlineData("NUL\u0000 bell\u0007 vt\u000B ff\u000C esc\u001B", "NUL bell vt ff esc")]
    [InlineData("\u0001\u0002\u0003", "")]
    [InlineData("not a character: \uFFFE\uFFFF.", "not a character: .")]
    [InlineData("pair \uD83D\uDE00 kept, \u0000 dropped", "pair \uD83D\uDE00 kept,  dropped")]
    public void Legal_ForbiddenCharacters_AreDroppedOrReplaced(string text, string expected)
    {
        XmlCharacters.Legal(text).ShouldBe(expected);
    }

    [Fact]
    public void Legal_HalfASurrogatePair_IsTheReplacementCharacter()
    {
        // Built in code: an attribute cannot hold half a pair (the compiler writes it as U+FFFD already).
        XmlCharacters.Legal("lone high \uD83D, lone low \uDE00").ShouldBe("lone high \uFFFD, lone low \uFFFD");
        XmlCharacters.Legal("reversed \uDE00\uD83D").ShouldBe("reversed \uFFFD\uFFFD");
        XmlCharacters.Legal("ends high \uD83D").ShouldBe("ends high \uFFFD");
        XmlCharacters.Legal("pair \uD83D\uDE00 then half \uD83D").ShouldBe("pair \uD83D\uDE00 then half \uFFFD");
    }

    [Fact]
    public void Legal_EveryCharacter_IsAcceptedByAnXmlWriter()
    {
        var every = string.Create(char.MaxValue + 1, 0, static (span, _) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = (char)i;
            }
        });
        using var output = new StringWriter();
        using var writer = XmlWriter.Create(output, new XmlWriterSettings { CheckCharacters = true });

        writer.WriteElementString("x", XmlCharacters.Legal(every));
        writer.Flush();

        output.ToString().Length.ShouldBeGreaterThan(60_000);
    }
}
