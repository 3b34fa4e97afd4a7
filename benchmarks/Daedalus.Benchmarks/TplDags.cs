namespace Daedalus.Benchmarks;

/// <summary>The DAG shapes as TPL tasks joined by continuations: the way they are usually hand-written.</summary>
public static class TplDags
{
    public static long Chain(int tasks, TaskCounter counter)
    {
        var task = Task.CompletedTask;
        for (var i = 0; i < tasks; i++) task = task.ContinueWith(_ => counter.Value++, TaskScheduler.Default);
        task.Wait();
        return counter.Value;
    }

    public static long Tree(int tasks, TaskCounter counter)
    {
        var nodes = new Task[tasks];
        nodes[0] = Task.Run(() => Interlocked.Increment(ref counter.Value));
        for (var i = 1; i < tasks; i++)
        {
            nodes[i] = nodes[(i - 1) / 2].ContinueWith(_ => Interlocked.Increment(ref counter.Value), TaskScheduler.Default);
        }
        Task.WaitAll(nodes);
        return counter.Value;
    }

    public static long Wavefront(int side)
    {
        var blocks = new Task<long>[side, side];
        for (var i = 0; i < side; i++)
        {
            for (var j = 0; j < side; j++)
            {
                int bi = i, bj = j;
                blocks[i, j] = (i, j) switch
                {
                    (0, 0) => Task.Run(() => 0L),
                    (0, _) => blocks[0, j - 1].ContinueWith(_ => (long)(bi + bj), TaskScheduler.Default),
                    (_, 0) => blocks[i - 1, 0].ContinueWith(_ => (long)(bi + bj), TaskScheduler.Default),
                    _ => Task.Factory.ContinueWhenAll([blocks[i - 1, j], blocks[i, j - 1]], _ => (long)(bi + bj),
                        CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default),
                };
            }
        }
        blocks[side - 1, side - 1].Wait();
        long ran = 0;
        foreach (var block in blocks) ran += block.IsCompletedSuccessfully ? 1 : 0;
        return ran;
    }
}
