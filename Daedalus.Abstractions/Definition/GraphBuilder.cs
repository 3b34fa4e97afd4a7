namespace Daedalus;

/// <summary>
/// The vocabulary of a <see cref="GraphAttribute"/> graph's <c>Define</c> method. The source
/// generator reads those calls at compile time; they are never executed, so every member throws
/// if called at run time.
/// </summary>
public sealed class GraphBuilder
{
    private GraphBuilder() { }

    /// <summary>
    /// Adds a node. The expression (for example <c>new Scale { Factor = 3 }</c>) becomes the default
    /// instance the generated graph creates; the graph's constructor can take another instance.
    /// The local variable that receives the result names the node.
    /// </summary>
    /// <returns>The node's typed ports, for <see cref="Connect{TOut, TIn}(OutputRef{TOut}, InputRef{TIn})"/>.</returns>
    public TPorts Add<TPorts>(INode<TPorts> node) where TPorts : class => throw CompileTimeOnly();

    /// <summary>
    /// Connects an output port to an input port with the graph's default edge: <see cref="Edge.Default(int)"/>, a ring of
    /// <see cref="Edge.DefaultCapacity"/> items (or <c>[Graph(DefaultCapacity = n)]</c>) whose producer waits when it is full.
    /// </summary>
    /// <remarks>
    /// The two ports must carry the same item type. The types are separate type parameters so that a mismatch
    /// is reported at this call as DAE0009, naming both types, rather than as a type-inference error.
    /// </remarks>
    public void Connect<TOut, TIn>(OutputRef<TOut> from, InputRef<TIn> to) => throw CompileTimeOnly();

    /// <summary>Connects an output port to an input port with the given edge policy.</summary>
    /// <remarks>The two ports must carry the same item type (DAE0009 otherwise).</remarks>
    public void Connect<TOut, TIn>(OutputRef<TOut> from, InputRef<TIn> to, EdgePolicy policy) => throw CompileTimeOnly();

    /// <summary>
    /// Chooses how <paramref name="output"/> shares items among its edges when it is connected to
    /// several inputs: <see cref="Daedalus.FanOut.Broadcast"/> (the default) or <see cref="Daedalus.FanOut.RoundRobin"/>.
    /// </summary>
    public void Distribute<T>(OutputRef<T> output, FanOut mode) => throw CompileTimeOnly();

    private static NotSupportedException CompileTimeOnly() =>
        new("A graph's Define method is read by the Daedalus source generator at compile time and is never run.");
}
