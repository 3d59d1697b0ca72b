using System.Runtime.ExceptionServices;

namespace Syndication.Worker.Pipeline;

/// <summary>
/// A loop over <c>0..count-1</c> that any thread may join while it runs: each index is run once, by
/// whichever thread takes it first. The thread that owns the loop runs it to the end with
/// <see cref="RunAndWait"/>; others lend a hand with <see cref="Help"/> when they have nothing else to do.
/// </summary>
/// <remarks>
/// Implementation note: the pipeline's two stages are the consume loop's decoding (parallel) and the single
/// writer's commit (serial). Decoding on every core while the writer ran made more threads than cores and
/// slowed the writer; decoding beside it on the other cores only left the writer's core idle once its
/// commit was done early. So the writer, done, helps decode the next batch: no core waits while there is
/// work, and none is taken from the writer while it writes.
/// </remarks>
internal sealed class SharedLoop(int count, Action<int> body)
{
    private readonly object _gate = new();
    private int _next = -1;
    private int _done;
    private Exception? _failure;

    /// <summary>Runs indices until none is left to take; returns without waiting for the ones other threads are running.</summary>
    public void Help()
    {
        int index;
        while ((index = Interlocked.Increment(ref _next)) < count)
        {
            try
            {
                body(index);
            }
            catch (Exception exception)
            {
                Interlocked.CompareExchange(ref _failure, exception, null);
            }

            if (Interlocked.Increment(ref _done) == count)
            {
                lock (_gate)
                {
                    Monitor.PulseAll(_gate);
                }
            }
        }
    }

    /// <summary>Runs indices until none is left, then waits for the ones other threads took; rethrows the first failure.</summary>
    public void RunAndWait()
    {
        Help();
        lock (_gate)
        {
            while (Volatile.Read(ref _done) < count)
            {
                Monitor.Wait(_gate);
            }
        }

        if (_failure is { } failure)
        {
            ExceptionDispatchInfo.Throw(failure);
        }
    }
}
