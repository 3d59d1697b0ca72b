namespace Syndication.Storage;

/// <summary>
/// A worker's hold on one delivery lane, so that with several workers on one store each lane is drained by
/// one of them: disposed, the lane is free for another; a worker that dies lets go with its connection.
/// </summary>
public sealed class LaneLease : IDisposable
{
    private readonly Func<bool>? _isHeld;
    private Action? _release;

    internal LaneLease(Func<bool>? isHeld, Action? release)
    {
        _isHeld = isHeld;
        _release = release;
    }

    /// <summary>The lease of a store that one worker alone opens (a SQLite file): nobody else can hold it.</summary>
    public static LaneLease Unshared { get; } = new(null, null);

    /// <summary>Whether the lease still holds (false once the store has lost the connection that held it).</summary>
    public bool IsHeld => _isHeld?.Invoke() ?? true;

    public void Dispose()
    {
        Interlocked.Exchange(ref _release, null)?.Invoke();
    }
}
