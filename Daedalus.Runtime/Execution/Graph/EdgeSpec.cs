namespace Daedalus.Runtime;

/// <summary>
/// One <c>Connect</c> call as recorded: either typed (the ends are port references whose owners are
/// checked at validation) or by name (resolved at validation).
/// </summary>
internal sealed class EdgeSpec(object? fromOwner, string? fromNode, string? fromPort, object? toOwner, string? toNode, string? toPort, EdgePolicy policy)
{
    /// <summary>The producer's owner from a typed reference; <see langword="null"/> for by-name connections.</summary>
    public object? FromOwner { get; } = fromOwner;

    /// <summary>The producer's name for by-name connections.</summary>
    public string? FromNodeName { get; } = fromNode;

    /// <summary>The producer's output port.</summary>
    public string? FromPort { get; } = fromPort;

    /// <summary>The consumer's owner from a typed reference; <see langword="null"/> for by-name connections.</summary>
    public object? ToOwner { get; } = toOwner;

    /// <summary>The consumer's name for by-name connections.</summary>
    public string? ToNodeName { get; } = toNode;

    /// <summary>The consumer's input port.</summary>
    public string? ToPort { get; } = toPort;

    /// <summary>Whether the connection was made with typed port references.</summary>
    public bool IsTyped => FromNodeName is null;

    /// <summary>The buffering policy.</summary>
    public EdgePolicy Policy { get; } = policy;
}

/// <summary>A <c>Distribute</c> call as recorded.</summary>
internal sealed record DistributionSpec(object? Owner, string? NodeName, string? Port, FanOut Mode);

/// <summary>A validated edge: both ends resolved to node and port indexes.</summary>
internal sealed record ResolvedEdge(string Id, int From, int FromPort, int To, int ToPort, EdgePolicy Policy);
