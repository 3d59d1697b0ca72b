namespace Syndication.Worker.Tests.Infrastructure;

/// <summary>One worker on its embedded broker and a fresh SQLite file, shared by a class's tests.</summary>
public sealed class EmbeddedWorkerFixture : IAsyncLifetime
{
    private readonly TemporaryDirectory _directory = new();
    private WorkerProcess? _worker;

    internal WorkerProcess Worker => _worker ?? throw new InvalidOperationException("Not started.");

    internal string BootstrapServers { get; private set; } = "";

    public async ValueTask InitializeAsync()
    {
        _worker = await WorkerProcess.StartAsync(_directory.File("syndication.db"));
        BootstrapServers = (await _worker.StatusAsync()).GetProperty("kafka").GetProperty("bootstrapServers").GetString()!;
    }

    public ValueTask DisposeAsync()
    {
        _worker?.Dispose();
        _directory.Dispose();
        return ValueTask.CompletedTask;
    }
}
