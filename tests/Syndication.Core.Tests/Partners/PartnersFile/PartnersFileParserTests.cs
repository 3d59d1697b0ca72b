using CsCheck;
using Syndication.Core.Partners;
using Syndication.Core.Partners.PartnersFile;

namespace Syndication.Core.Tests.Partners.PartnersFile;

public sealed class PartnersFileParserTests
{
    // The issue's example, with a second partner on a template, comments and trailing commas.
    internal const string Good = """
        // Who may see what.
        {
          "templates": {
            "brief": { "file": "templates/brief.liquid", "mediaType": "text/html" },
          },
          "partners": [
            { "id": "meo", "name": "The Middle East Online",
              "knownAs": ["The Middle East Online", "Middle East Online"],
              "keys": ["sha256:BA7816BF8F01CFEA414140DE5DAE2223B00361A396177A9CB410FF61F20015AD"],
              "storyFormat": "nitf",
              "feeds": [ { "name": "world", "format": "rss", "filter": { "sources": [], "subjects": [],
                           "urgencyAtMost": 5, "languages": ["en"], "keywords": [] } } ],
              "rateLimit": { "perMinute": 600 } },
            /* A partner that reads briefs. */
            {
              "id": "gulf",
              "name": "Gulf Daily",
              "storyFormat": "template:brief",
              "feeds": [
                { "name": "all", "format": "atom" },
                { "name": "politics", "format": "jsonfeed", "filter": { "subjects": ["medtop:11000000"], "sources": ["Reuters"], "keywords": ["vote"] } },
              ],
            },
          ],
        }
        """;

    [Fact]
    public void Parse_IssueExample_ReadsEveryField()
    {
        var result = PartnersFileParser.Parse(Good);

        result.Errors.ShouldBeEmpty();
        var directory = result.Directory!;
        directory.Partners.Select(partner => partner.Id).ShouldBe(["meo", "gulf"]);
        var meo = directory.Find("meo")!;
        meo.Name.ShouldBe("The Middle East Online");
        meo.KnownAs.ShouldBe(["The Middle East Online", "Middle East Online"]);
        meo.KeyHashes.ShouldBe(["sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"]);
        meo.StoryFormat.ShouldBe(StoryFormat.Nitf);
        meo.RateLimit.ShouldBe(new RateLimit(600));
        var world = meo.Feeds.ShouldHaveSingleItem();
        (world.Name, world.Format).ShouldBe(("world", FeedFormat.Rss));
        world.Filter.UrgencyAtMost.ShouldBe(5);
        world.Filter.Languages.ShouldBe(["en"]);
        world.Filter.Sources.ShouldBeEmpty();
        var gulf = directory.Find("gulf")!;
        gulf.StoryFormat.ShouldBe(StoryFormat.Template("brief"));
        gulf.KeyHashes.ShouldBeEmpty();
        gulf.RateLimit.ShouldBeNull();
        gulf.Feeds.Select(feed => feed.Format).ShouldBe([FeedFormat.Atom, FeedFormat.JsonFeed]);
        gulf.Feeds[0].Filter.ShouldBeSameAs(StoryFilter.Everything);
        gulf.Feeds[1].Filter.Subjects.ShouldBe(["medtop:11000000"]);
        directory.Templates["brief"].ShouldBe(new PartnerTemplate("brief", "templates/brief.liquid", "text/html"));
    }

    [Fact]
    public void Parse_IssueExample_KeyHashFindsItsPartner()
    {
        PartnersFileParser.Parse(Good).Directory!.FindByKey("abc")!.Id.ShouldBe("meo");
    }

    [Fact]
    public void Parse_NoPartners_IsAValidEmptyDirectory()
    {
        PartnersFileParser.Parse("""{ "partners": [] }""").Directory!.Partners.ShouldBeEmpty();
    }

    /// <summary>
    /// One mistake per row, in a file whose <c>^</c> marks where the error must be reported (the marker is
    /// taken out before parsing): its path, and words its message must hold.
    /// </summary>
    public static TheoryData<string, string, string> Mistakes => new()
    {
        {
            """{ "partners": [ { "id": "meo", "name": "M", "storyFormat": "nitf", "feeds": [ { "name": "w", "format": ^"rdf" } ] } ] }""",
            "$.partners[0].feeds[0].format", "unknown feed format 'rdf': use rss, atom or jsonfeed"
        },
        {
            """{ "partners": [ { "id": "meo", "name": "M", "storyFormat": ^"xml" } ] }""",
            "$.partners[0].storyFormat", "unknown story format 'xml': use ninjs, nitf, newsmlg2 or template:NAME"
        },
        {
            """{ "partners": [ { "id": "meo", "name": "M", ^"knowAs": [], "storyFormat": "nitf" } ] }""",
            "$.partners[0].knowAs", "unknown property 'knowAs' in a partner: did you mean 'knownAs'?"
        },
        {
            """{ "partners": [ { "id": "meo", "name": "M", "storyFormat": "nitf", ^"colour": "red" } ] }""",
            "$.partners[0].colour", "unknown property 'colour' in a partner: expected one of id, name, knownAs, keys, storyFormat, feeds, rateLimit, push, retry"
        },
        {
            """{ "partners": [], ^"Partners": [] }""",
            "$.Partners", "did you mean 'partners'?"
        },
        {
            """{ "partners": [ { "id": "meo", "name": "M", "storyFormat": "nitf", "feeds": [ { "name": "w", "format": "rss", "filter": { ^"urgency": 3 } } ] } ] }""",
            "$.partners[0].feeds[0].filter.urgency", "did you mean 'urgencyAtMost'?"
        },
        {
            """{ "partners": [ ^{ "name": "M", "storyFormat": "nitf" } ] }""",
            "$.partners[0]", "a partner needs 'id'"
        },
        {
            """{ "partners": [ { "id": "meo", "storyFormat": "nitf", "feeds": [ ^{ "name": "w" } ] , "name": "M" } ] }""",
            "$.partners[0].feeds[0]", "a feed needs 'format'"
        },
        {
            """^{ "templates": {} }""",
            "$", "the partners file needs 'partners'"
        },
        {
            """
            { "partners": [ { "id": "meo", "name": "M", "storyFormat": "nitf" },
              { "id": ^"MEO", "name": "N", "storyFormat": "nitf" } ] }
            """,
            "$.partners[1].id", "partner id 'MEO' is already used by the partner on line 1"
        },
        {
            """
            { "partners": [ { "id": "meo", "name": "M", "storyFormat": "nitf", "feeds": [
              { "name": "world", "format": "rss" },
              { "name": ^"World", "format": "atom" } ] } ] }
            """,
            "$.partners[0].feeds[1].name", "feed name 'World' is already used by this partner's feed on line 2"
        },
        {
            """{ "partners": [ { "id": "meo", "name": "M", "storyFormat": "nitf", "keys": [^"sha256:abc"] } ] }""",
            "$.partners[0].keys[0]", "a key must be stored as its hash, 'sha256:' and 64 hex digits, not 'sha256:abc': run 'syndication partners add-key meo' to add one"
        },
        {
            """{ "partners": [ { "id": "meo", "name": "M", "storyFormat": "nitf", "keys": [^"syn_Ny4Jsdkl23vT5L_11dRigVUVHjs4t7gZ033iIZLWC68"] } ] }""",
            "$.partners[0].keys[0]", "this looks like a key itself; keys are stored only as hashes"
        },
        {
            """
            { "partners": [ { "id": "meo", "name": "M", "storyFormat": "nitf", "keys": ["sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"] },
              { "id": "gulf", "name": "G", "storyFormat": "nitf", "keys": [^"sha256:BA7816BF8F01CFEA414140DE5DAE2223B00361A396177A9CB410FF61F20015AD"] } ] }
            """,
            "$.partners[1].keys[0]", "this key hash is already listed for partner 'meo' on line 1"
        },
        {
            """
            { "partners": [ { "id": "meo", "name": "M", "storyFormat": "nitf", "knownAs": ["The Middle East Online"] },
              { "id": "gulf", "name": "G", "storyFormat": "nitf", "knownAs": ["Gulf Daily", ^"middle east online."] } ] }
            """,
            "$.partners[1].knownAs[1]", "'middle east online.' is already a name of partner 'meo' (line 1)"
        },
        {
            """{ "partners": [ { "id": "meo", "name": "M", "storyFormat": "nitf", "rateLimit": { "perMinute": ^0 } } ] }""",
            "$.partners[0].rateLimit.perMinute", "'perMinute' must be a whole number above 0, not 0"
        },
        {
            """{ "partners": [ { "id": "meo", "name": "M", "storyFormat": "nitf", "rateLimit": { "perMinute": ^-5 } } ] }""",
            "$.partners[0].rateLimit.perMinute", "'perMinute' must be a whole number above 0, not -5"
        },
        {
            """{ "partners": [ { "id": "meo", "name": "M", "storyFormat": "nitf", "rateLimit": { "perMinute": ^"600" } } ] }""",
            "$.partners[0].rateLimit.perMinute", "'perMinute' must be a whole number above 0, not a string"
        },
        {
            """{ "partners": [ { "id": "meo", "name": "M", "storyFormat": "nitf", "feeds": [ { "name": "w", "format": "rss", "filter": { "urgencyAtMost": ^10 } } ] } ] }""",
            "$.partners[0].feeds[0].filter.urgencyAtMost", "'urgencyAtMost' must be a whole number from 1 (a flash) to 9, not 10"
        },
        {
            """{ "partners": [ { "id": "meo", "name": "M", "storyFormat": "nitf", "feeds": [ { "name": "w", "format": "rss", "filter": { "urgencyAtMost": ^0 } } ] } ] }""",
            "$.partners[0].feeds[0].filter.urgencyAtMost", "from 1 (a flash) to 9, not 0"
        },
        {
            """{ "partners": [ { "id": "meo", "name": "M", "storyFormat": "nitf", "feeds": [ { "name": "w", "format": "rss", "filter": { "urgencyAtMost": ^2.5 } } ] } ] }""",
            "$.partners[0].feeds[0].filter.urgencyAtMost", "not 2.5"
        },
        {
            """{ "partners": [ { "id": "meo", "name": "M", "storyFormat": "nitf", "feeds": [ { "name": "w", "format": "rss", "filter": { "languages": ["en", ^"english"] } } ] } ] }""",
            "$.partners[0].feeds[0].filter.languages[1]", "'english' is not a language tag: use a BCP 47 tag such as 'en' or 'en-GB'"
        },
        {
            """{ "partners": [ { "id": "meo", "name": "M", "storyFormat": "nitf", "feeds": [ { "name": "w", "format": "rss", "filter": { "languages": [^"en_GB"] } } ] } ] }""",
            "$.partners[0].feeds[0].filter.languages[0]", "'en_GB' is not a language tag"
        },
        {
            """{ "partners": [ { "id": "meo", "name": "M", "storyFormat": "nitf", "feeds": [ { "name": "w", "format": "rss", "filter": { "sources": ^"Reuters" } } ] } ] }""",
            "$.partners[0].feeds[0].filter.sources", "'sources' must be an array of strings"
        },
        {
            """{ "partners": [ { "id": "meo", "name": "M", "storyFormat": "nitf", "knownAs": ["A", ^7] } ] }""",
            "$.partners[0].knownAs[1]", "'knownAs[]' must be a string, not a number"
        },
        {
            """{ "partners": [ { "id": "meo", "name": "M", "storyFormat": "nitf", "knownAs": ["The Middle East Online", ^"..."] } ] }""",
            "$.partners[0].knownAs[1]", "'...' is not a name a story could give"
        },
        {
            """{ "partners": [ { "id": ^"m e o", "name": "M", "storyFormat": "nitf" } ] }""",
            "$.partners[0].id", "'m e o' is not a valid partner id: use 1 to 64 ASCII letters"
        },
        {
            """{ "partners": [ { "id": "meo", "name": ^"  ", "storyFormat": "nitf" } ] }""",
            "$.partners[0].name", "'name' must not be empty"
        },
        {
            """{ "partners": [ { "id": "meo", "name": "M", "storyFormat": ^"template:brief" } ] }""",
            "$.partners[0].storyFormat", "template 'brief' is not defined under \"templates\" (the file defines none)"
        },
        {
            """
            { "templates": { "long": { "file": "long.liquid", "mediaType": "text/html" } },
              "partners": [ { "id": "meo", "name": "M", "storyFormat": ^"template:brief" } ] }
            """,
            "$.partners[0].storyFormat", "template 'brief' is not defined under \"templates\" (defined: long)"
        },
        {
            """{ "templates": { "brief": { "file": "brief.liquid", "mediaType": ^"html" } }, "partners": [] }""",
            "$.templates.brief.mediaType", "'html' is not a media type: write it as type/subtype, such as 'text/html'"
        },
        {
            """{ "templates": { "brief": ^{ "mediaType": "text/html" } }, "partners": [] }""",
            "$.templates.brief", "a template needs 'file'"
        },
        {
            """{ "partners": [ { "id": "meo", ^"id": "meo2", "name": "M", "storyFormat": "nitf" } ] }""",
            "$.partners[0].id", "'id' is given twice in a partner; the first is on line 1"
        },
        {
            """{ "partners": ^{} }""",
            "$.partners", "'partners' must be an array of partners"
        },
        {
            """^[]""",
            "$", "expected the partners file as an object { … }, found an array"
        },
        {
            """{ "partners": [ ^"meo" ] }""",
            "$.partners[0]", "expected a partner as an object { … }, found a string"
        },
        {
            """{ "partners": [ { "id": "meo", "name": "M", "storyFormat": "nitf", "push": ^{} } ] }""",
            "$.partners[0].push", "'push' needs 'webhook', 'kafka' or both"
        },
        {
            """{ "partners": [ { "id": "meo", "name": "M", "storyFormat": "nitf", "push": { ^"webhooks": {} } } ] }""",
            "$.partners[0].push.webhooks", "unknown property 'webhooks' in a partner's push: did you mean 'webhook'?"
        },
        {
            """{ "partners": [ { "id": "meo", "name": "M", "storyFormat": "nitf", "push": { "webhook": { "url": ^"ftp://meo.example/hook", "secret": "0123456789abcdef" } } } ] }""",
            "$.partners[0].push.webhook.url", "'ftp://meo.example/hook' is not an absolute http or https URL"
        },
        {
            """{ "partners": [ { "id": "meo", "name": "M", "storyFormat": "nitf", "push": { "webhook": { "url": ^"/hooks/stories", "secret": "0123456789abcdef" } } } ] }""",
            "$.partners[0].push.webhook.url", "'/hooks/stories' is not an absolute http or https URL"
        },
        {
            """{ "partners": [ { "id": "meo", "name": "M", "storyFormat": "nitf", "push": { "webhook": { "url": ^"https://user:pw@meo.example/hook", "secret": "0123456789abcdef" } } } ] }""",
            "$.partners[0].push.webhook.url", "a webhook URL must not carry a user name or password"
        },
        {
            """{ "partners": [ { "id": "meo", "name": "M", "storyFormat": "nitf", "push": { "webhook": ^{ "url": "https://meo.example/hook" } } } ] }""",
            "$.partners[0].push.webhook", "a webhook needs 'secret'"
        },
        {
            """{ "partners": [ { "id": "meo", "name": "M", "storyFormat": "nitf", "push": { "webhook": { "url": "https://meo.example/hook", "secret": ^"hunter2" } } } ] }""",
            "$.partners[0].push.webhook.secret", "a webhook secret must be at least 16 characters; this one has 7"
        },
        {
            """{ "partners": [ { "id": "meo", "name": "M", "storyFormat": "nitf", "push": { "webhook": { "url": "https://meo.example/hook", "secret": ^1234567890123456 } } } ] }""",
            "$.partners[0].push.webhook.secret", "'secret' must be a string, not a number"
        },
        {
            """{ "partners": [ { "id": "meo", "name": "M", "storyFormat": "nitf", "push": { "kafka": { "topic": ^"meo stories" } } } ] }""",
            "$.partners[0].push.kafka.topic", "'meo stories' is not a Kafka topic name"
        },
        {
            """{ "partners": [ { "id": "meo", "name": "M", "storyFormat": "nitf", "push": { "kafka": { "topic": ^"wire.stories.raw" } } } ] }""",
            "$.partners[0].push.kafka.topic", "'wire.stories.raw' is one of the service's own topics (wire.*)"
        },
        {
            """{ "partners": [ { "id": "meo", "name": "M", "storyFormat": "nitf", "retry": { "attempts": ^0 } } ] }""",
            "$.partners[0].retry.attempts", "'attempts' must be a whole number from 1 to 100, not 0"
        },
        {
            """{ "partners": [ { "id": "meo", "name": "M", "storyFormat": "nitf", "retry": { ^"attemps": 3 } } ] }""",
            "$.partners[0].retry.attemps", "unknown property 'attemps' in a retry policy: did you mean 'attempts'?"
        },
        {
            """{ "partners": [ { "id": "meo", "name": "M", "storyFormat": "nitf", "retry": { "baseDelay": ^"2" } } ] }""",
            "$.partners[0].retry.baseDelay", "'baseDelay' must be a duration written like \"00:00:02\" ([d.]hh:mm:ss[.fffffff]), not \"2\""
        },
        {
            """{ "partners": [ { "id": "meo", "name": "M", "storyFormat": "nitf", "retry": { "timeout": ^10 } } ] }""",
            "$.partners[0].retry.timeout", "'timeout' must be a duration written like \"00:00:02\" ([d.]hh:mm:ss[.fffffff]), not a number"
        },
        {
            """{ "partners": [ { "id": "meo", "name": "M", "storyFormat": "nitf", "retry": { "timeout": ^"00:00:00.001" } } ] }""",
            "$.partners[0].retry.timeout", "'timeout' must be from 00:00:00.01 to 1.00:00:00, not 00:00:00.001"
        },
        {
            """{ "partners": [ { "id": "meo", "name": "M", "storyFormat": "nitf", "retry": { "giveUpAfter": ^"2.00:00:00" } } ] }""",
            "$.partners[0].retry.giveUpAfter", "'giveUpAfter' must be from 00:00:00.01 to 1.00:00:00, not 2.00:00:00"
        },
        {
            """{ "partners": [ { "id": "meo", "name": "M", "storyFormat": "nitf", "retry": { "baseDelay": "00:00:10", "maxDelay": ^"00:00:05" } } ] }""",
            "$.partners[0].retry.maxDelay", "'maxDelay' (00:00:05) is shorter than 'baseDelay' (00:00:10)"
        },
        {
            """{ "partners": [ { "id": "meo", "name": "M", "storyFormat": "nitf", "retry": { "baseDelay": ^"00:10:00" } } ] }""",
            "$.partners[0].retry.baseDelay", "'maxDelay' (00:05:00) is shorter than 'baseDelay' (00:10:00)"
        },
        {
            """{ "partners": [ { "id": "meo", "name": "M", "storyFormat": "nitf", "retry": { "breaker": { "failureRatio": ^1.5 } } } ] }""",
            "$.partners[0].retry.breaker.failureRatio", "'failureRatio' must be a number above 0 and at most 1, not 1.5"
        },
        {
            """{ "partners": [ { "id": "meo", "name": "M", "storyFormat": "nitf", "retry": { "breaker": { "failureRatio": ^0 } } } ] }""",
            "$.partners[0].retry.breaker.failureRatio", "above 0 and at most 1, not 0"
        },
        {
            """{ "partners": [ { "id": "meo", "name": "M", "storyFormat": "nitf", "retry": { "breaker": { "minimumThroughput": ^1 } } } ] }""",
            "$.partners[0].retry.breaker.minimumThroughput", "'minimumThroughput' must be a whole number of 2 or more, not 1"
        },
        {
            """{ "partners": [ { "id": "meo", "name": "M", "storyFormat": "nitf", "retry": { "breaker": { "breakDuration": ^"00:00:00.1" } } } ] }""",
            "$.partners[0].retry.breaker.breakDuration", "'breakDuration' must be from 00:00:00.5 to 1.00:00:00, not 00:00:00.1"
        },
        {
            """{ "partners": [ { "id": "meo", "name": "M", "storyFormat": "nitf", "retry": ^[] } ] }""",
            "$.partners[0].retry", "expected a retry policy as an object { … }, found an array"
        },
    };

    [Fact]
    public void Parse_PushAndRetry_ReadsEveryField()
    {
        const string text = """
            { "partners": [
                { "id": "meo", "name": "The Middle East Online", "storyFormat": "nitf",
                  "push": { "webhook": { "url": "https://meo.example/hooks/stories?desk=world", "secret": " 16 characters! " },
                            "kafka": { "topic": "meo.stories" } },
                  "retry": { "attempts": 3, "baseDelay": "00:00:00.25", "maxDelay": "00:01:00", "timeout": "00:00:05", "giveUpAfter": "1.00:00:00",
                             "breaker": { "failureRatio": 0.25, "minimumThroughput": 2, "samplingDuration": "00:00:00.5", "breakDuration": "00:02:00" } } },
                { "id": "gulf", "name": "Gulf Daily", "storyFormat": "ninjs", "push": { "kafka": {} } },
                { "id": "acme", "name": "Acme News", "storyFormat": "ninjs" } ] }
            """;

        var result = PartnersFileParser.Parse(text);

        result.Errors.ShouldBeEmpty();
        var meo = result.Directory!.Find("meo")!;
        meo.Push.ShouldBe(new PartnerPush(
            new WebhookTarget(new Uri("https://meo.example/hooks/stories?desk=world"), " 16 characters! "), new KafkaTarget("meo.stories")));
        meo.Retry.ShouldBe(new RetryPolicy(
            3, TimeSpan.FromMilliseconds(250), TimeSpan.FromMinutes(1), TimeSpan.FromSeconds(5), TimeSpan.FromDays(1),
            new BreakerPolicy(0.25, 2, TimeSpan.FromMilliseconds(500), TimeSpan.FromMinutes(2))));
        var gulf = result.Directory.Find("gulf")!;
        gulf.Push.ShouldBe(new PartnerPush(null, new KafkaTarget("partner.gulf.stories")));
        gulf.Retry.ShouldBeSameAs(RetryPolicy.Default);
        result.Directory.Find("acme")!.Push.ShouldBeNull();
    }

    [Fact]
    public void Parse_NoRetry_IsTheDefaultPolicyTheReadmeGives()
    {
        var partner = PartnersFileParser.Parse("""{ "partners": [ { "id": "meo", "name": "M", "storyFormat": "nitf" } ] }""").Directory!.Find("meo")!;

        partner.Retry.ShouldBe(new RetryPolicy(
            8, TimeSpan.FromSeconds(2), TimeSpan.FromMinutes(5), TimeSpan.FromSeconds(10), TimeSpan.FromHours(1),
            new BreakerPolicy(0.5, 5, TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(30))));
    }

    [Fact]
    public void Parse_SomeRetryProperties_TakesTheOthersFromTheDefault()
    {
        const string text = """{ "partners": [ { "id": "meo", "name": "M", "storyFormat": "nitf", "retry": { "attempts": 2, "breaker": { "breakDuration": "00:00:01" } } } ] }""";

        var retry = PartnersFileParser.Parse(text).Directory!.Find("meo")!.Retry;

        retry.ShouldBe(RetryPolicy.Default with { Attempts = 2, Breaker = BreakerPolicy.Default with { BreakDuration = TimeSpan.FromSeconds(1) } });
    }

    [Fact]
    public void Parse_PushWithMistakes_NeverQuotesASecret()
    {
        const string text = """
            { "partners": [ { "id": "meo", "name": "M", "storyFormat": "nitf",
              "push": { "webhook": { "url": "mailto:desk@meo.example", "secret": "short-secret", "secret": "another-secret-but-long" } } } ] }
            """;

        var errors = PartnersFileParser.Parse(text).Errors;

        errors.Count.ShouldBe(3);
        foreach (var error in errors)
        {
            error.Message.ShouldNotContain("short-secret");
            error.Message.ShouldNotContain("another-secret");
        }
    }

    [Theory]
    [MemberData(nameof(Mistakes))]
    public void Parse_Mistake_ReportedAtItsValueWithPathAndExplanation(string marked, string path, string message)
    {
        var (text, line, column) = Unmark(marked);

        var result = PartnersFileParser.Parse(text);

        result.Directory.ShouldBeNull();
        var error = result.Errors.ShouldHaveSingleItem();
        (error.Line, error.Column, error.Path).ShouldBe((line, column, path));
        error.Message.ShouldContain(message, Case.Sensitive);
    }

    [Fact]
    public void Parse_SeveralMistakes_ReportsEveryOneInFileOrderWithExactLines()
    {
        const string text = """
            {
              "partners": [
                { "id": "meo", "name": "The Middle East Online",
                  "knowAs": ["Middle East Online"],
                  "keys": ["sha256:12"],
                  "storyFormat": "nitf",
                  "feeds": [
                    { "name": "world", "format": "rdf", "filter": { "urgencyAtMost": 12, "languages": ["english"] } },
                    { "name": "world", "format": "rss" }
                  ],
                  "rateLimit": { "perMinute": 0 } },
                { "id": "MEO", "name": "Other", "knownAs": ["Middle East Online"], "storyFormat": "template:brief" },
                { "name": "No id", "knownAs": ["middle east online"], "storyFormat": "ninjs" }
              ]
            }
            """;

        var errors = PartnersFileParser.Parse(text).Errors;

        errors.Select(error => (error.Line, error.Column, error.Path)).ShouldBe(
        [
            (4, 7, "$.partners[0].knowAs"),
            (5, 16, "$.partners[0].keys[0]"),
            (8, 38, "$.partners[0].feeds[0].format"),
            (8, 74, "$.partners[0].feeds[0].filter.urgencyAtMost"),
            (8, 92, "$.partners[0].feeds[0].filter.languages[0]"),
            (9, 19, "$.partners[0].feeds[1].name"),
            (11, 35, "$.partners[0].rateLimit.perMinute"),
            (12, 13, "$.partners[1].id"),
            (12, 87, "$.partners[1].storyFormat"),
            (13, 5, "$.partners[2]"),
            (13, 36, "$.partners[2].knownAs[0]"),
        ]);
    }

    [Fact]
    public void Parse_ColumnAfterNonAsciiText_CountsCharactersNotBytes()
    {
        // "Al-Ḥayāt ☾" is 10 characters and 16 UTF-8 bytes.
        const string text = """{ "partners": [ { "id": "hayat", "name": "Al-Ḥayāt ☾", "storyFormat": "rtf" } ] }""";

        var error = PartnersFileParser.Parse(text).Errors.ShouldHaveSingleItem();

        error.Column.ShouldBe(text.IndexOf("\"rtf\"", StringComparison.Ordinal) + 1);
    }

    [Fact]
    public void Parse_SyntaxErrorAfterMultiLineComment_ReportsItsLineAndColumn()
    {
        const string text = "/* partners\n   of the desk */\n{ \"partners\": [\n  { \"id\": \"meo\" \"name\": \"M\" }\n] }";

        var error = PartnersFileParser.Parse(text).Errors.ShouldHaveSingleItem();

        (error.Line, error.Column).ShouldBe((4, 17));
        error.Message.ShouldStartWith("not valid JSON: ");
        error.Message.ShouldNotContain("LineNumber");
    }

    [Theory]
    [InlineData("", 1, 1)]
    [InlineData("{ \"partners\": [] } {}", 1, 20)]
    [InlineData("{ \"partners\": [ }", 1, 17)]
    [InlineData("{ \"partners\": [],\n  \"templates\": { 'a': 1 } }", 2, 18)]
    public void Parse_NotJson_ReportsOneSyntaxError(string text, int line, int column)
    {
        var result = PartnersFileParser.Parse(text);

        result.Directory.ShouldBeNull();
        var error = result.Errors.ShouldHaveSingleItem();
        (error.Line, error.Column, error.Path).ShouldBe((line, column, "$"));
    }

    [Fact]
    public void Parse_GoodFileWithACharacterInsertedOrASpanDeleted_NeverThrowsAndPointsInsideTheText()
    {
        var edits = Gen.Int[0, Good.Length].SelectMany(at => Gen.OneOf(
            Gen.Char["{}[],:\"/*\n 0a-9"].Select(c => Good.Insert(at, c.ToString())),
            Gen.Int[1, 12].Select(length => Good.Remove(Math.Min(at, Good.Length - length), length))));
        var lines = Good.Split('\n').Length + 1;

        edits.Sample(text =>
        {
            var result = PartnersFileParser.Parse(text);
            (result.Directory is null).ShouldBe(result.Errors.Count > 0);
            result.Errors.ShouldAllBe(error => error.Line >= 1 && error.Line <= lines && error.Column >= 1 && error.Path.StartsWith('$'));
        }, iter: 3000);
    }

    private static (string Text, int Line, int Column) Unmark(string marked)
    {
        var at = marked.IndexOf('^', StringComparison.Ordinal);
        var before = marked[..at];
        var line = before.Count(c => c == '\n') + 1;
        var column = at - (before.LastIndexOf('\n') + 1) + 1;
        return (marked.Remove(at, 1), line, column);
    }
}
