using System.Net;
using System.Net.Http.Headers;
using Syndication.Core.Partners;
using Syndication.Worker.Tests.Infrastructure;

namespace Syndication.Worker.Tests.Http;

/// <summary>With an operator key configured, the firehose and the store's story view need it.</summary>
public sealed class OperatorKeysTests : IAsyncLifetime
{
    private readonly TemporaryDirectory _directory = new();
    private readonly string _key = PartnerKey.Generate();
    private WorkerProcess? _worker;

    private WorkerProcess Worker => _worker!;

    public async ValueTask InitializeAsync() =>
        _worker = await WorkerProcess.StartAsync(_directory.File("syndication.db"), null, $"--Operators:Keys:0={PartnerKey.Hash(_key)}");

    [Theory]
    [InlineData("feeds/latest.rss")]
    [InlineData("feeds/latest.atom")]
    [InlineData("stories/2a8d786223a0c9f2d7adce8885f1de4a")]
    public async Task Firehose_WithoutTheOperatorKey_Is401(string path)
    {
        using var none = await Worker.Http.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
        none.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        using var partnerLike = await Worker.Http.GetAsync(new Uri($"{path}?key={PartnerKey.Generate()}", UriKind.Relative), TestContext.Current.CancellationToken);
        partnerLike.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Firehose_WithTheOperatorKey_IsServedPrivately()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "feeds/latest.atom");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _key);
        using var response = await Worker.Http.SendAsync(request, TestContext.Current.CancellationToken);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Headers.CacheControl!.Private.ShouldBeTrue();
        using var byQuery = await Worker.Http.GetAsync(new Uri($"feeds/latest.rss?key={Uri.EscapeDataString(_key)}", UriKind.Relative), TestContext.Current.CancellationToken);
        byQuery.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    public ValueTask DisposeAsync()
    {
        _worker?.Dispose();
        _directory.Dispose();
        return ValueTask.CompletedTask;
    }
}
