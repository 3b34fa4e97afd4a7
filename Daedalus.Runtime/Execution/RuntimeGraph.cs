namespace Daedalus.Runtime;

/// <summary>
/// A graph built at run time from the same <c>[Node]</c> classes as graph definitions, for graphs too
/// large or too dynamic to declare. Validated with the same rules (and diagnostic IDs in the messages)
/// as the compile-time analyzer, and run on the same executors.
/// </summary>
public sealed class RuntimeGraph
{
    /// <summary>Creates an empty graph called <paramref name="name"/>.</summary>
    public RuntimeGraph(string name = "RuntimeGraph") => throw new NotImplementedException();

    /// <summary>The graph's name, used in plans, messages and run results.</summary>
    public string Name => throw new NotImplementedException();

    /// <summary>Adds a node; <paramref name="name"/> defaults to the type name in camel case plus a number when taken.</summary>
    /// <returns>The node's typed ports, for <see cref="Connect{T}(OutputRef{T}, InputRef{T}, EdgePolicy?)"/>.</returns>
    public TPorts Add<TPorts>(IRuntimeNode<TPorts> node, string? name = null) where TPorts : class => throw new NotImplementedException();

    /// <summary>Adds a node whose type is not known statically (a graph read from configuration).</summary>
    public void AddNode(IRuntimeNode node, string name) => throw new NotImplementedException();

    /// <summary>Connects an output to an input, FIFO unless <paramref name="policy"/> says otherwise.</summary>
    public void Connect<T>(OutputRef<T> from, InputRef<T> to, EdgePolicy? policy = null) => throw new NotImplementedException();

    /// <summary>Connects ports by name; item types are checked when the graph is validated.</summary>
    public void Connect(string fromNode, string fromPort, string toNode, string toPort, EdgePolicy? policy = null) => throw new NotImplementedException();

    /// <summary>Chooses how an output shares items among its edges.</summary>
    public void Distribute<T>(OutputRef<T> output, FanOut mode) => throw new NotImplementedException();

    /// <summary>Chooses how an output, named by node and port, shares items among its edges.</summary>
    public void Distribute(string node, string port, FanOut mode) => throw new NotImplementedException();

    /// <summary>Validates the graph and returns its plan; throws <see cref="InvalidGraphException"/> listing every error.</summary>
    public GraphPlan Plan => throw new NotImplementedException();

    /// <summary>Runs the graph to completion on the executor in <paramref name="options"/>.</summary>
    public RunResult Run(RunOptions? options = null, CancellationToken cancellationToken = default) => throw new NotImplementedException();

    /// <summary>Runs the graph without blocking the caller.</summary>
    public Task<RunResult> RunAsync(RunOptions? options = null, CancellationToken cancellationToken = default) => throw new NotImplementedException();
}
