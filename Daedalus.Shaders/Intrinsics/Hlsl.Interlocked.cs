namespace Daedalus.Shaders;

/// <summary>
/// Atomic operations on buffer elements (<c>ref buffer[i]</c>). On the CPU they use
/// <see cref="Interlocked"/>, so concurrent thread groups see the same effects as on the GPU.
/// </summary>
public static partial class Hlsl
{
    public static void InterlockedAdd(ref int destination, int value) => Interlocked.Add(ref destination, value);
    public static void InterlockedAdd(ref uint destination, uint value) => Interlocked.Add(ref destination, value);
    public static void InterlockedAdd(ref int destination, int value, out int original) =>
        original = Interlocked.Add(ref destination, value) - value;
    public static void InterlockedAdd(ref uint destination, uint value, out uint original) =>
        original = Interlocked.Add(ref destination, value) - value;

    public static void InterlockedAnd(ref int destination, int value) => Interlocked.And(ref destination, value);
    public static void InterlockedAnd(ref uint destination, uint value) => Interlocked.And(ref destination, value);
    public static void InterlockedOr(ref int destination, int value) => Interlocked.Or(ref destination, value);
    public static void InterlockedOr(ref uint destination, uint value) => Interlocked.Or(ref destination, value);

    public static void InterlockedXor(ref int destination, int value)
    {
        int seen = Volatile.Read(ref destination), current;
        while ((current = Interlocked.CompareExchange(ref destination, seen ^ value, seen)) != seen) seen = current;
    }

    public static void InterlockedMin(ref int destination, int value)
    {
        int seen = Volatile.Read(ref destination), current;
        while (value < seen && (current = Interlocked.CompareExchange(ref destination, value, seen)) != seen) seen = current;
    }

    public static void InterlockedMin(ref uint destination, uint value)
    {
        uint seen = Volatile.Read(ref destination), current;
        while (value < seen && (current = Interlocked.CompareExchange(ref destination, value, seen)) != seen) seen = current;
    }

    public static void InterlockedMax(ref int destination, int value)
    {
        int seen = Volatile.Read(ref destination), current;
        while (value > seen && (current = Interlocked.CompareExchange(ref destination, value, seen)) != seen) seen = current;
    }

    public static void InterlockedMax(ref uint destination, uint value)
    {
        uint seen = Volatile.Read(ref destination), current;
        while (value > seen && (current = Interlocked.CompareExchange(ref destination, value, seen)) != seen) seen = current;
    }

    public static void InterlockedExchange(ref int destination, int value, out int original) =>
        original = Interlocked.Exchange(ref destination, value);
    public static void InterlockedExchange(ref uint destination, uint value, out uint original) =>
        original = Interlocked.Exchange(ref destination, value);

    public static void InterlockedCompareExchange(ref int destination, int comparand, int value, out int original) =>
        original = Interlocked.CompareExchange(ref destination, value, comparand);
    public static void InterlockedCompareExchange(ref uint destination, uint comparand, uint value, out uint original) =>
        original = Interlocked.CompareExchange(ref destination, value, comparand);

    public static void InterlockedCompareStore(ref int destination, int comparand, int value) =>
        Interlocked.CompareExchange(ref destination, value, comparand);
    public static void InterlockedCompareStore(ref uint destination, uint comparand, uint value) =>
        Interlocked.CompareExchange(ref destination, value, comparand);
}
