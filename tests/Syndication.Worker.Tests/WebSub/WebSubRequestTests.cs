using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;
using Syndication.Worker.Configuration;
using Syndication.Worker.WebSub;

namespace Syndication.Worker.Tests.WebSub;

public sealed class WebSubRequestTests
{
    private const string Topic = "http://127.0.0.1:8080/partners/meo/feeds/all";
    private const string Callback = "https://subscriber.example/cb?token=1";

    private static readonly WebSubOptions s_leases = new();

    [Fact]
    public void Parse_FullSubscription_ReadsEveryParameter()
    {
        var (request, refusal) = Parse(("hub.mode", "subscribe"), ("hub.topic", Topic), ("hub.callback", Callback), ("hub.lease_seconds", "3600"), ("hub.secret", "s3cret"), ("hub.unknown", "ignored"));

        refusal.ShouldBeNull();
        request.ShouldBe(new WebSubRequest(WebSubMode.Subscribe, new Uri(Topic), new Uri(Callback), 3600, "s3cret"));
    }

    [Theory]
    [InlineData(null, 864_000)]
    [InlineData("1", 300)]
    [InlineData("299", 300)]
    [InlineData("99999999", 2_592_000)]
    [InlineData("99999999999999999999999", 2_592_000)]
    public void Parse_Lease_IsTheDefaultOrClampedToTheHubsRange(string? requested, int granted)
    {
        var fields = new List<(string, string)> { ("hub.mode", "subscribe"), ("hub.topic", Topic), ("hub.callback", Callback) };
        if (requested is not null)
        {
            fields.Add(("hub.lease_seconds", requested));
        }

        Parse([.. fields]).Request!.LeaseSeconds.ShouldBe(granted);
    }

    [Fact]
    public void Parse_Unsubscribe_NeedsNoLeaseAndKeepsNoSecret()
    {
        var (request, _) = Parse(("hub.mode", "unsubscribe"), ("hub.topic", Topic), ("hub.callback", Callback), ("hub.secret", "ignored"));

        request.ShouldBe(new WebSubRequest(WebSubMode.Unsubscribe, new Uri(Topic), new Uri(Callback), 0, null));
    }

    [Theory]
    [InlineData("hub.mode", null, "hub.mode is required")]
    [InlineData("hub.mode", "publish", "hub.mode must be subscribe or unsubscribe")]
    [InlineData("hub.mode", "Subscribe", "hub.mode must be subscribe or unsubscribe")]
    [InlineData("hub.callback", null, "hub.callback is required")]
    [InlineData("hub.callback", "/relative", "hub.callback must be an absolute http or https URL")]
    [InlineData("hub.callback", "ftp://subscriber.example/cb", "hub.callback must be an absolute http or https URL")]
    [InlineData("hub.callback", "https://subscriber.example/cb#part", "hub.callback must be an absolute http or https URL")]
    [InlineData("hub.callback", "https://user:pw@subscriber.example/cb", "hub.callback must be an absolute http or https URL")]
    [InlineData("hub.topic", "not a url", "hub.topic must be an absolute http or https URL")]
    [InlineData("hub.lease_seconds", "-5", "hub.lease_seconds must be one whole number")]
    [InlineData("hub.lease_seconds", "3.5", "hub.lease_seconds must be one whole number")]
    [InlineData("hub.lease_seconds", "0", "hub.lease_seconds must be more than 0")]
    [InlineData("hub.secret", "", "hub.secret must be given once and not be empty")]
    public void Parse_BadParameter_IsRefusedWithItsName(string name, string? value, string reason)
    {
        var fields = new Dictionary<string, StringValues>
        {
            ["hub.mode"] = "subscribe",
            ["hub.topic"] = Topic,
            ["hub.callback"] = Callback,
        };
        if (value is null)
        {
            fields.Remove(name);
        }
        else
        {
            fields[name] = value;
        }

        var (request, refusal) = WebSubRequest.Parse(new FormCollection(fields), s_leases);

        request.ShouldBeNull();
        refusal.ShouldStartWith(reason);
    }

    [Theory]
    [InlineData("subscribe", "http://127.0.0.1:9000/cb")]
    [InlineData("subscribe", "http://169.254.169.254/latest/meta-data/")]
    [InlineData("subscribe", "https://[::1]/cb")]
    [InlineData("subscribe", "http://localhost/cb")]
    [InlineData("unsubscribe", "http://10.0.0.5/cb")]
    public void Parse_PrivateCallback_IsRefusedUnlessAllowed(string mode, string callback)
    {
        WebSubRequest.Parse(Form(("hub.mode", mode), ("hub.topic", Topic), ("hub.callback", callback)), s_leases).Refusal
            .ShouldBe("hub.callback must not be a loopback, private or link-local address (or localhost).");
        WebSubRequest.Parse(Form(("hub.mode", mode), ("hub.topic", Topic), ("hub.callback", callback)), new WebSubOptions { AllowPrivateCallbacks = true }).Request!
            .Callback.ShouldBe(new Uri(callback));
    }

    [Fact]
    public void Parse_SecretOf200Bytes_IsRefusedAnd199Accepted()
    {
        Parse(("hub.mode", "subscribe"), ("hub.topic", Topic), ("hub.callback", Callback), ("hub.secret", new string('é', 100))).Refusal
            .ShouldBe("hub.secret must be less than 200 bytes.");
        Parse(("hub.mode", "subscribe"), ("hub.topic", Topic), ("hub.callback", Callback), ("hub.secret", new string('s', 199))).Request!.Secret!.Length.ShouldBe(199);
    }

    [Fact]
    public void Parse_ParameterGivenTwice_IsRefused()
    {
        var fields = new Dictionary<string, StringValues>
        {
            ["hub.mode"] = "subscribe",
            ["hub.topic"] = new StringValues([Topic, "http://127.0.0.1:8080/partners/meo/feeds/world"]),
            ["hub.callback"] = Callback,
        };

        WebSubRequest.Parse(new FormCollection(fields), s_leases).Refusal.ShouldBe("hub.topic must be given once.");
    }

    private static (WebSubRequest? Request, string? Refusal) Parse(params (string Name, string Value)[] fields) => WebSubRequest.Parse(Form(fields), s_leases);

    private static FormCollection Form(params (string Name, string Value)[] fields) =>
        new(fields.ToDictionary(field => field.Name, field => new StringValues(field.Value)));
}
