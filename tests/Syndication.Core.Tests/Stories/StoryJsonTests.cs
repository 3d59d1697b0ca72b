using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Syndication.Core.Stories;
using Syndication.Core.Tests.Formats;

namespace Syndication.Core.Tests.Stories;

public sealed class StoryJsonTests
{
    [Fact]
    public void Serialize_CurlyQuotes_WritesTextAsItself()
    {
        var json = Encoding.UTF8.GetString(StoryJson.Serialize(RenderedStories.Seed()));

        json.ShouldContain("it’s the beginning");
        json.ShouldNotContain("\\u2019");
    }

    [Fact]
    public void Serialize_HtmlSensitiveCharacters_StayEscaped()
    {
        var json = Encoding.UTF8.GetString(StoryJson.Serialize(RenderedStories.Full()));

        json.ShouldContain("\\u003Cb\\u003Eslump");
        json.ShouldNotContain("<b>");
        json.ShouldNotContain(" & ");
    }

    [Fact]
    public void SerializeThenDeserialize_EveryCorpusStory_GivesTheSameStory()
    {
        foreach (var (file, story) in RenderedStories.Corpus.Append(("full", RenderedStories.Full())))
        {
            RenderedStories.Differences(StoryJson.Deserialize(StoryJson.Serialize(story)), story).ShouldBeEmpty(file);
        }
    }

    [Fact]
    public void Deserialize_RowStoredWithTheSerializersDefaultEscaping_GivesTheSameStory()
    {
        // What the store held before text was written as itself: every non-ASCII character escaped.
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            Converters = { new JsonStringEnumConverter() },
            TypeInfoResolver = new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver(),
        };
        foreach (var (file, story) in RenderedStories.Corpus.Take(20))
        {
            var stored = JsonSerializer.SerializeToUtf8Bytes(story, options);

            RenderedStories.Differences(StoryJson.Deserialize(stored), story).ShouldBeEmpty(file);
        }
    }
}
