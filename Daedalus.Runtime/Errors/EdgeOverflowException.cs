namespace Daedalus.Runtime;

/// <summary>An edge could not accept an item under its overflow strategy.</summary>
public sealed class EdgeOverflowException(string edgeId, int capacity, string message) : Exception(message)
{
    /// <summary>The edge, <c>from.Port->to.Port</c>.</summary>
    public string EdgeId { get; } = edgeId;

    /// <summary>The edge's capacity.</summary>
    public int Capacity { get; } = capacity;
}
