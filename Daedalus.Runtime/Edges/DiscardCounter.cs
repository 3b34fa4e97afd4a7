namespace Daedalus.Runtime;

/// <summary>
/// Counts the items a function node produced on an output port that has no edge: they are
/// discarded, never silently.
/// </summary>
public sealed class DiscardCounter(string port)
{
    /// <summary>The unconnected output, <c>node.Port</c>.</summary>
    public string Port { get; } = port;

    /// <summary>Items discarded so far.</summary>
    public long Count { get; private set; }

    /// <summary>Counts one discarded item.</summary>
    public void Discard() => Count++;

    /// <summary>Zeroes the count for a new run.</summary>
    internal void Reset() => Count = 0;

    /// <inheritdoc/>
    public override string ToString() => $"{Port} discarded={Count}";
}
