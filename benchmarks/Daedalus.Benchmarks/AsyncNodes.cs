using Daedalus;

namespace Daedalus.Benchmarks;

/// <summary>The async suite's source: 0, 1, ... Count - 1.</summary>
[Node]
public sealed partial class Ids
{
    public int Count { get; set; } = Sizes.AsyncItems;

    [Process]
    public IEnumerable<int> Run()
    {
        for (var i = 0; i < Count; i++) yield return i;
    }
}

/// <summary>An I/O-like call: 1 ms of waiting per item, up to 64 in flight.</summary>
[Node(MaxDegreeOfParallelism = AsyncNodeBenchmarks.Degree)]
public sealed partial class DelayedEcho
{
    [Process]
    public async Task<int> Run(int id, CancellationToken token)
    {
        await Task.Delay(1, token).ConfigureAwait(false);
        return id;
    }
}

/// <summary>The suite's sink: the sum of what arrives (checked against the other contenders).</summary>
[Node]
public sealed partial class IdSum
{
    public long Sum { get; set; }

    [Process]
    public void Run(int id) => Sum += id;
}

/// <summary>A CPU-bound stage, one item at a time.</summary>
[Node]
public sealed partial class Crunch
{
    [Process]
    public int Run(int id) => CpuWork.Of(id);
}

/// <summary><see cref="Crunch"/> on two workers, in input order.</summary>
[Node(MaxDegreeOfParallelism = 2)]
public sealed partial class Crunch2
{
    [Process]
    public int Run(int id) => CpuWork.Of(id);
}

/// <summary>About 0.5 ms of arithmetic (on the 2-core dev machine) that depends on its input (so it cannot be hoisted), returning the input.</summary>
public static class CpuWork
{
    public static int Of(int id)
    {
        var x = (uint)id + 1;
        for (var i = 0; i < 200_000; i++) x = x * 1_664_525 + 1_013_904_223;
        return x == 0 ? -1 : id;
    }
}

[Graph]
public sealed partial class AsyncIo
{
    static void Define(GraphBuilder g)
    {
        var ids = g.Add(new Ids());
        var echo = g.Add(new DelayedEcho());
        var sum = g.Add(new IdSum());
        g.Connect(ids.Output, echo.Id);
        g.Connect(echo.Output, sum.Id);
    }
}

[Graph]
public sealed partial class CpuStage1
{
    static void Define(GraphBuilder g)
    {
        var ids = g.Add(new Ids { Count = Sizes.CpuItems });
        var crunch = g.Add(new Crunch());
        var sum = g.Add(new IdSum());
        g.Connect(ids.Output, crunch.Id);
        g.Connect(crunch.Output, sum.Id);
    }
}

[Graph]
public sealed partial class CpuStage2
{
    static void Define(GraphBuilder g)
    {
        var ids = g.Add(new Ids { Count = Sizes.CpuItems });
        var crunch = g.Add(new Crunch2());
        var sum = g.Add(new IdSum());
        g.Connect(ids.Output, crunch.Id);
        g.Connect(crunch.Output, sum.Id);
    }
}
