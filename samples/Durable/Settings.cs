using System.Globalization;
using Daedalus.Runtime;

namespace Durable;

/// <summary>The command line: where the store is, the run's id, the dataset's size, the executor and a budget.</summary>
public sealed record Settings(string Store, string RunId, int Chunks, int Rows, Executor Executor, long? MaxFirings)
{
    /// <summary>The settings, or null when the command line is not understood.</summary>
    public static Settings? Parse(string[] args)
    {
        string? store = null, runId = null;
        int chunks = 3333, rows = 500;
        Executor executor = Executor.Parallel();
        long? maxFirings = null;
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            var value = args[i + 1];
            switch (args[i])
            {
                case "--store": store = value; break;
                case "--run-id": runId = value; break;
                case "--chunks" when int.TryParse(value, CultureInfo.InvariantCulture, out var c) && c is > 0 and <= 1_000_000: chunks = c; break;
                case "--rows" when int.TryParse(value, CultureInfo.InvariantCulture, out var r) && r is > 0 and <= 100_000_000: rows = r; break;
                case "--executor" when value is "serial": executor = Executor.Serial; break;
                case "--executor" when value is "parallel": executor = Executor.Parallel(); break;
                case "--max-firings" when long.TryParse(value, CultureInfo.InvariantCulture, out var m) && m > 0: maxFirings = m; break;
                default: return null;
            }
        }
        return args.Length % 2 == 0 && store is not null && runId is not null ? new Settings(store, runId, chunks, rows, executor, maxFirings) : null;
    }
}
