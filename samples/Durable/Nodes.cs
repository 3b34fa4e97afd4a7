using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Daedalus;

namespace Durable;

/// <summary>
/// One chunk of a generated dataset: <c>Rows</c> sensor readings (0–9,999) from a fixed generator seeded by
/// <c>Chunk</c>, so every run produces the same data. A real pipeline would read a file or a table here; its path and
/// version would then be configuration, so that a new file invalidates the stored result.
/// </summary>
[Node]
public sealed partial class Readings
{
    public int Chunk { get; init; }
    public int Rows { get; init; } = 10_000;

    [Process]
    public IEnumerable<long> Generate()
    {
        var state = (ulong)Chunk * 0x9E3779B97F4A7C15UL + 1;
        for (var i = 0; i < Rows; i++)
        {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            yield return (long)(state % 10_000);
        }
    }
}

/// <summary>Folds a chunk's readings into its statistics, published once the chunk is done.</summary>
[Node]
public sealed partial class Summarize
{
    [Process]
    public void Add(long reading, ref Statistics statistics) => statistics = statistics.Add(Statistics.Of(reading));
}

/// <summary>Merges two groups' statistics. Cached: any run with the same two inputs reuses the stored result.</summary>
[Node(Cached = true)]
public sealed partial class Merge
{
    [Process]
    public Statistics Combine(Statistics left, Statistics right) => left.Add(right);
}

/// <summary>The hex SHA-256 of the final statistics, written in a fixed text form.</summary>
[Node]
public sealed partial class Digest
{
    [Process]
    public string Hash(Statistics total)
    {
        var text = string.Create(CultureInfo.InvariantCulture, $"{total.Count},{total.Sum},{total.SumOfSquares},{total.Min},{total.Max}");
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }
}

/// <summary>Keeps the digest for the program to print.</summary>
[Node]
public sealed partial class Report
{
    public string? Result { get; private set; }

    [Process]
    public void Take(string digest) => Result = digest;
}
