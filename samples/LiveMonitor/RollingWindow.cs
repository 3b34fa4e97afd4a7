namespace LiveMonitor;

/// <summary>The last <c>size</c> values of one sensor and their mean, updated in O(1) per value.</summary>
public sealed class RollingWindow(int size)
{
    private readonly double[] _values = new double[Math.Max(1, size)];
    private int _next;
    private double _sum;

    /// <summary>How many values the window holds (at most its size).</summary>
    public int Count { get; private set; }

    /// <summary>Adds <paramref name="value"/>, forgetting the oldest one when full; returns the new mean.</summary>
    public double Add(double value)
    {
        if (Count == _values.Length) _sum -= _values[_next];
        else Count++;
        _values[_next] = value;
        _sum += value;
        _next = (_next + 1) % _values.Length;
        return _sum / Count;
    }
}
