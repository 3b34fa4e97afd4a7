namespace Daedalus.Sqlite.CrashChild;

/// <summary>What the DAGs compute, by plain loops over the same generator.</summary>
public static class Expected
{
    /// <summary>The run-time DAG's chunks: 3,334 chunks, their summaries and 3,333 merges make 10,001 nodes with results, and the sink.</summary>
    public const int Chunks = 3334;

    public static Stats For(string shape) => shape == "compiled" ? Of(128, 20_000) : Of(Chunks, 50);

    private static Stats Of(int chunks, int rows)
    {
        var total = new Stats(0, 0, 0);
        for (var seed = 0; seed < chunks; seed++)
        {
            var state = (ulong)seed * 0x9E3779B97F4A7C15UL + 1;
            for (var i = 0; i < rows; i++)
            {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                var value = (long)(state % 1_000);
                total = total.Add(new Stats(1, value, value));
            }
        }
        return total;
    }
}
