using System.Text.Json.Serialization;

namespace Daedalus.Runtime.Tests.Execution.Snapshots;

/// <summary>A running sum after item <paramref name="Index"/>: a user type that crosses an edge and a snapshot.</summary>
public sealed record Reading(long Index, long Sum);

/// <summary>The type infos the snapshot tests save items and state with, generated like an application's.</summary>
[JsonSerializable(typeof(long))]
[JsonSerializable(typeof(Reading))]
internal sealed partial class SnapshotJson : JsonSerializerContext;

/// <summary>Only strings: a resolver that lacks the pipeline's item types.</summary>
[JsonSerializable(typeof(string))]
internal sealed partial class StringsOnlyJson : JsonSerializerContext;

/// <summary>Adds each item to a sum kept in its node state and writes the sum; requests <paramref name="pause"/> on item <paramref name="pauseAt"/>.</summary>
public sealed class RunningSum(RunPause? pause = null, long pauseAt = -1) : IRuntimeNode<SumPorts>
{
    public NodeState<long>? Sum { get; set; }

    /// <summary>Whether its initialize hook throws (after declaring its state), as a node whose resource is gone.</summary>
    public bool FailInitialize { get; set; }

    public Reading Add(long item)
    {
        Sum!.Value += item;
        if (item == pauseAt) pause?.Request();
        return new Reading(item, Sum.Value);
    }

    public SumPorts CreatePorts(object owner) => new(owner);

    public NodeAdapter CreateAdapter() => new RunningSumAdapter(this);
}

/// <summary>Passes readings on unchanged.</summary>
public sealed class Relay : IRuntimeNode<RelayPorts>
{
    public RelayPorts CreatePorts(object owner) => new(owner);

    public NodeAdapter CreateAdapter() => new RelayAdapter(this);
}

/// <summary>Keeps how many readings it got and the sum of their sums in its node state, and the readings in memory.</summary>
public sealed class ReadingSink : IRuntimeNode<ReadingSinkPorts>
{
    private readonly List<Reading> _readings = [];

    public NodeState<long>? Count { get; set; }

    public NodeState<long>? Total { get; set; }

    public List<Reading> Readings
    {
        get
        {
            lock (_readings) return [.. _readings];
        }
    }

    public void Add(Reading reading)
    {
        Count!.Value++;
        Total!.Value += reading.Sum;
        lock (_readings) _readings.Add(reading);
    }

    public ReadingSinkPorts CreatePorts(object owner) => new(owner);

    public NodeAdapter CreateAdapter() => new ReadingSinkAdapter(this);
}

public sealed class SumPorts(object owner)
{
    public InputRef<long> In { get; } = new(owner, "In");

    public OutputRef<Reading> Out { get; } = new(owner, "Out");
}

public sealed class RelayPorts(object owner)
{
    public InputRef<Reading> In { get; } = new(owner, "In");

    public OutputRef<Reading> Out { get; } = new(owner, "Out");
}

public sealed class ReadingSinkPorts(object owner)
{
    public InputRef<Reading> In { get; } = new(owner, "In");
}
