using Microsoft.AspNetCore.Http;
using Syndication.Worker.Logging;

namespace Syndication.Worker.Tests.Logging;

public sealed class LoggedQueryTests
{
    [Theory]
    [InlineData("?key=syn_secret&before=10", "?key=REDACTED&before=10")]
    [InlineData("?KEY=syn_secret", "?KEY=REDACTED")]
    [InlineData("?before=10", "?before=10")]
    [InlineData("", "")]
    public void Of_QueryWithAKey_RedactsOnlyTheKey(string query, string logged)
    {
        var context = new DefaultHttpContext();
        context.Request.QueryString = new QueryString(query);

        LoggedQuery.Of(context.Request).ShouldBe(logged);
    }
}
