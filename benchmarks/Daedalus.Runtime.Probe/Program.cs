using Daedalus.Probe;

// Informal timings of the run-time executors, printed, never asserted. docs/executors.md gives the commands.
//   (no argument) | executors   cost per firing, a million-node DAG, a 100,000-node chain
//   rings [items]               one producer and one consumer thread on a blocking SpscRing, capacity 1, 2, 64
//   pipelined [items]           a stream through source → map → sink on the pipelined executor, capacity 1, 2, 64
//   cancel [runs] [load]        latency from Cancel() to the run having thrown, per executor, with [load] busy threads
//   compiled-cancellation [runs] the same for the compiled Run() of generated graphs
var mode = args.Length == 0 ? "executors" : args[0];
var numbers = args.Skip(1).Select(int.Parse).ToArray();
switch (mode)
{
    case "executors":
        ExecutorFigures.Run();
        break;
    case "rings":
        RingHandOffs.Run(numbers.ElementAtOrDefault(0) is > 0 and var items ? items : 1_000_000);
        break;
    case "pipelined":
        PipelinedStreams.Run(numbers.ElementAtOrDefault(0) is > 0 and var stream ? stream : 4_000_000);
        break;
    case "cancel":
        CancellationLatency.Run(numbers.ElementAtOrDefault(0) is > 0 and var runs ? runs : 100, numbers.ElementAtOrDefault(1));
        break;
    case "compiled-cancellation":
        CompiledCancellation.Run(numbers.ElementAtOrDefault(0) is > 0 and var compiledRuns ? compiledRuns : 100);
        break;
    default:
        Console.Error.WriteLine($"Unknown mode '{mode}': executors, rings, pipelined, cancel or compiled-cancellation.");
        return 2;
}
return 0;
