namespace Daedalus.Runtime;

/// <summary>
/// A node that can run in a run-time graph and on every executor. The source generator implements it
/// (explicitly) on every <c>[Node]</c> class; it is not meant to be implemented by hand.
/// </summary>
public interface IRuntimeNode
{
    /// <summary>Creates the adapter through which executors fire this node instance. Called once per graph.</summary>
    NodeAdapter CreateAdapter();
}

/// <summary>
/// A <see cref="IRuntimeNode"/> with typed ports: <c>RuntimeGraph.Add</c> returns <typeparamref name="TPorts"/>,
/// so run-time graphs are wired with the same checked port names as graph definitions.
/// </summary>
public interface IRuntimeNode<TPorts> : IRuntimeNode, INode<TPorts> where TPorts : class
{
    /// <summary>Creates the node's port references, each carrying <paramref name="owner"/>.</summary>
    TPorts CreatePorts(object owner);
}
