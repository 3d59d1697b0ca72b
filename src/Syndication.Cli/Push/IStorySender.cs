namespace Syndication.Cli.Push;

/// <summary>Sends one story's bytes to the worker's raw topic, directly or through its ingest endpoint.</summary>
internal interface IStorySender : IAsyncDisposable
{
    /// <summary>
    /// Starts sending and returns once the sender can take the next story; the task it returns completes
    /// with null when the story is acknowledged, or with why it was not.
    /// </summary>
    Task<Task<string?>> SendAsync(byte[] story, CancellationToken cancellationToken);
}
