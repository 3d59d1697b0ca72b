using Syndication.Core.Partners;

namespace Syndication.Core.Tests.Partners;

public sealed class WebhookTargetTests
{
    [Fact]
    public void ToString_NeverShowsTheSecret()
    {
        var target = new WebhookTarget(new Uri("https://meo.example/hook"), "0123456789abcdef-secret");

        var text = target.ToString();

        text.ShouldContain("https://meo.example/hook");
        text.ShouldNotContain("secret");
        new PartnerPush(target, null).ToString().ShouldNotContain("0123456789abcdef");
    }
}
