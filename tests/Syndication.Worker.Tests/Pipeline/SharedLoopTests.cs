using Syndication.Worker.Pipeline;

namespace Syndication.Worker.Tests.Pipeline;

public sealed class SharedLoopTests
{
    [Fact]
    public void RunAndWait_OtherThreadsHelping_RunsEveryIndexExactlyOnce()
    {
        const int Count = 20_000;
        var runs = new int[Count];
        var ranOnHelpers = 0;
        var owner = Environment.CurrentManagedThreadId;
        var loop = new SharedLoop(Count, i =>
        {
            Interlocked.Increment(ref runs[i]);
            if (Environment.CurrentManagedThreadId != owner)
            {
                Interlocked.Increment(ref ranOnHelpers);
            }

            Thread.SpinWait(200);
        });
        using var started = new Barrier(3);
        var helpers = Enumerable.Range(0, 2).Select(_ => new Thread(() =>
        {
            started.SignalAndWait();
            loop.Help();
        })).ToList();
        helpers.ForEach(helper => helper.Start());

        started.SignalAndWait(TestContext.Current.CancellationToken);
        loop.RunAndWait();

        runs.ShouldAllBe(times => times == 1);
        helpers.ForEach(helper => helper.Join());
        ranOnHelpers.ShouldBeGreaterThan(0, "the helpers took part");
    }

    [Fact]
    public void RunAndWait_AnIndexFails_RunsTheRestThenRethrowsTheFailure()
    {
        var runs = new int[100];
        var loop = new SharedLoop(runs.Length, i =>
        {
            runs[i]++;
            if (i == 42)
            {
                throw new InvalidOperationException("index 42");
            }
        });

        Should.Throw<InvalidOperationException>(loop.RunAndWait).Message.ShouldBe("index 42");
        runs.ShouldAllBe(times => times == 1);
    }

    [Fact]
    public void Help_LoopAlreadyRun_RunsNothing()
    {
        var runs = 0;
        var loop = new SharedLoop(10, _ => runs++);
        loop.RunAndWait();

        loop.Help();

        runs.ShouldBe(10);
    }

    [Fact]
    public void RunAndWait_NoIndices_ReturnsAtOnce()
    {
        var loop = new SharedLoop(0, _ => throw new InvalidOperationException("never"));

        loop.RunAndWait();
    }
}
