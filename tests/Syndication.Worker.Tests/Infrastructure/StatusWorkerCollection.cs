namespace Syndication.Worker.Tests.Infrastructure;

/// <summary>The status page, health and logging tests share one <see cref="StatusWorkerFixture"/>: one worker, one setup.</summary>
[CollectionDefinition(Name)]
public sealed class StatusWorkerCollection : ICollectionFixture<StatusWorkerFixture>
{
    public const string Name = "status worker";
}
