using Daedalus;

namespace Daedalus.Tests.Nodes;

[Node]
public sealed partial class Scale
{
    public int Factor { get; init; } = 2;

    [Process]
    public int Run([Input] int value) => value * Factor;
}

[Node]
public sealed partial class AddOne
{
    [Process]
    public int Run(int value) => value + 1;
}

/// <summary>Two inputs: fires when both have an item (zip).</summary>
[Node]
public sealed partial class Add
{
    [Process]
    public int Run(int left, int right) => left + right;
}

/// <summary>A multi-output node: a named tuple gives one output per element.</summary>
[Node]
public sealed partial class DivMod
{
    public int Divisor { get; init; } = 3;

    [Process]
    public (int Quotient, int Remainder) Split(int value) => (value / Divisor, value % Divisor);
}

/// <summary>A generic node: the graph chooses T.</summary>
[Node]
public sealed partial class Tag<T>
{
    public string Label { get; init; } = "";

    [Process]
    public string Run(T value) => $"{Label}{value}";
}

/// <summary>An asynchronous function node.</summary>
[Node]
public sealed partial class SlowSquare
{
    [Process]
    public async ValueTask<int> Run(int value, CancellationToken cancellationToken)
    {
        await Task.Delay(1, cancellationToken);
        return value * value;
    }
}

/// <summary>Throws on one value, to test failure reporting; the value may change between runs.</summary>
[Node]
public sealed partial class FailOn
{
    public int Value { get; set; } = 3;

    [Process]
    public int Run(int value) => value == Value ? throw new InvalidOperationException($"bad value {value}") : value;
}

/// <summary>A port node that keeps only even numbers.</summary>
[Node]
public sealed partial class Evens
{
    [Input] public partial InPort<int> Numbers { get; }
    [Output] public partial OutPort<int> Even { get; }

    [Process]
    public void Run()
    {
        while (Numbers.TryRead(out var n))
        {
            if (n % 2 == 0) Even.Write(n);
        }
    }
}
