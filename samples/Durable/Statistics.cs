using System.Text.Json.Serialization;

namespace Durable;

/// <summary>What a chunk (or a merged group of chunks) of readings amounts to. Integers only, so merging is exact in any order.</summary>
public readonly record struct Statistics(long Count, long Sum, long SumOfSquares, long Min, long Max)
{
    public static Statistics Of(long value) => new(1, value, value * value, value, value);

    public Statistics Add(Statistics other) => Count == 0 ? other : other.Count == 0 ? this
        : new(Count + other.Count, Sum + other.Sum, SumOfSquares + other.SumOfSquares, Math.Min(Min, other.Min), Math.Max(Max, other.Max));
}

/// <summary>How the durable run writes items to its store: this context's type infos, no reflection.</summary>
[JsonSerializable(typeof(Statistics))]
public sealed partial class SampleJson : JsonSerializerContext;
