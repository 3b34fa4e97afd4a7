namespace Daedalus.Runtime;

/// <summary>
/// Starts a dedicated thread per worker for one run (not thread-pool tasks: workers block, and a pool
/// starved by blocked workers can deadlock a pipeline). The calling thread runs worker 0.
/// </summary>
internal sealed class DedicatedWorkers : IWorkerSource
{
    /// <summary>Stack size of worker threads: node code runs shallow, and a pipeline may start thousands.</summary>
    public const int StackSize = 256 * 1024;

    public static readonly DedicatedWorkers Instance = new();

    private DedicatedWorkers() { }

    public void Run(int count, Action<int> body)
    {
        Exception? bug = null;
        // Bodies catch what nodes throw; anything else is an executor bug, rethrown to the run's caller
        // rather than ending the process from a worker thread.
        void Guarded(int index)
        {
            try
            {
                body(index);
            }
            catch (Exception error)
            {
                Interlocked.CompareExchange(ref bug, error, null);
            }
        }

        var threads = new Thread[count - 1];
        for (var i = 1; i < count; i++)
        {
            var index = i;
            threads[i - 1] = new Thread(() => Guarded(index), StackSize) { IsBackground = true, Name = "Daedalus worker" };
            threads[i - 1].Start();
        }
        Guarded(0);
        foreach (var thread in threads) thread.Join();
        if (bug is not null) RunFailures.Throw(bug);
    }
}
