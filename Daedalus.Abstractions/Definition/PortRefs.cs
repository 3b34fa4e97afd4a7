namespace Daedalus;

/// <summary>
/// A typed reference to a node's input port. In a <c>[Graph]</c> definition it is only read by the
/// source generator; a run-time graph (<c>RuntimeGraph</c>) hands out references that carry the node
/// they belong to, so <c>Connect</c> can find it.
/// </summary>
public readonly struct InputRef<T>
{
    /// <summary>Creates a reference to input <paramref name="port"/> of <paramref name="owner"/>. Called by generated code.</summary>
    public InputRef(object owner, string port)
    {
        Owner = owner;
        Port = port;
    }

    /// <summary>The run-time graph's handle of the node, or <see langword="null"/> in a graph definition.</summary>
    public object? Owner { get; }

    /// <summary>The port's name, or <see langword="null"/> in a graph definition.</summary>
    public string? Port { get; }
}

/// <summary>
/// A typed reference to a node's output port. In a <c>[Graph]</c> definition it is only read by the
/// source generator; a run-time graph (<c>RuntimeGraph</c>) hands out references that carry the node
/// they belong to, so <c>Connect</c> can find it.
/// </summary>
public readonly struct OutputRef<T>
{
    /// <summary>Creates a reference to output <paramref name="port"/> of <paramref name="owner"/>. Called by generated code.</summary>
    public OutputRef(object owner, string port)
    {
        Owner = owner;
        Port = port;
    }

    /// <summary>The run-time graph's handle of the node, or <see langword="null"/> in a graph definition.</summary>
    public object? Owner { get; }

    /// <summary>The port's name, or <see langword="null"/> in a graph definition.</summary>
    public string? Port { get; }
}
