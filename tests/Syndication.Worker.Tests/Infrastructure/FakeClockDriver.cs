using System.Diagnostics;
using Microsoft.Extensions.Time.Testing;

namespace Syndication.Worker.Tests.Infrastructure;

/// <summary>
/// Moves a fake clock forward a step at a time while a task runs, so that real HTTP over loopback and a
/// policy's waits on the fake clock share one timeline. The clock stands still while a request sent
/// through <see cref="TrackAsync{T}"/> is in flight, so a slow machine never turns a quick answer into a
/// timeout; unless <see cref="AdvanceDuringRequests"/>, for a partner that never answers.
/// </summary>
internal sealed class FakeClockDriver(FakeTimeProvider time, TimeSpan step)
{
    private int _inFlight;

    internal bool AdvanceDuringRequests { get; init; }

    internal TimeSpan Step => step;

    /// <summary>Runs one request with the clock held (see the class).</summary>
    internal async Task<T> TrackAsync<T>(Func<Task<T>> request)
    {
        Interlocked.Increment(ref _inFlight);
        try
        {
            return await request();
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
        }
    }

    /// <summary>Advances the clock until <paramref name="task"/> ends; returns its result.</summary>
    internal async Task<T> RunAsync<T>(Task<T> task, TimeSpan? realLimit = null)
    {
        var clock = Stopwatch.StartNew();
        var limit = realLimit ?? TimeSpan.FromSeconds(60);
        while (!task.IsCompleted)
        {
            if (clock.Elapsed > limit)
            {
                throw new TimeoutException($"Still running after {limit} of real time; the fake clock is at {time.GetUtcNow():O}.");
            }

            await Task.Delay(1);
            if (AdvanceDuringRequests || Volatile.Read(ref _inFlight) == 0)
            {
                time.Advance(step);
            }
        }

        return await task;
    }
}
