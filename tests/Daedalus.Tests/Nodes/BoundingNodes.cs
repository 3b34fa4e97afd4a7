using Daedalus;

namespace Daedalus.Tests.Nodes;

/// <summary>A port node that copies each number to two outputs, never writing more than both have room for.</summary>
[Node]
public sealed partial class Fork
{
    [Input] public partial InPort<int> Numbers { get; }
    [Output] public partial OutPort<int> Left { get; }
    [Output] public partial OutPort<int> Right { get; }

    [Process]
    public void Run()
    {
        var room = Math.Min(Left.FreeSpace, Right.FreeSpace);
        while (room-- > 0 && Numbers.TryRead(out var n))
        {
            Left.Write(n);
            Right.Write(n);
        }
    }
}

/// <summary>
/// A port node that holds what it reads until it has <see cref="Batch"/> items, then writes a batch at once: the lagging
/// branch of a join, whose other input fills up meanwhile. The input's length must be a multiple of the batch.
/// </summary>
[Node]
public sealed partial class Hold
{
    private readonly List<int> _held = [];

    public int Batch { get; init; } = 2000;

    [Input] public partial InPort<int> Numbers { get; }
    [Output] public partial OutPort<int> Released { get; }

    [Process]
    public void Run()
    {
        while (Numbers.TryRead(out var n)) _held.Add(n);
        while (_held.Count >= Batch)
        {
            for (var i = 0; i < Batch; i++) Released.Write(_held[i]);
            _held.RemoveRange(0, Batch);
        }
    }
}
