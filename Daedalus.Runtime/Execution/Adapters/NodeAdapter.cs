namespace Daedalus.Runtime;

/// <summary>
/// Connects one node instance to an executor: its ports as typed <see cref="AdapterInput{T}"/> /
/// <see cref="AdapterOutput{T}"/> slots that the executor binds to edge queues, its lifecycle hooks,
/// and <see cref="TryFire"/>, one firing. The source generator emits one subclass per node type; every
/// call in it is a direct call on the concrete node (no reflection).
/// </summary>
/// <remarks>
/// Executors call members in this order for one run: <see cref="Initialize"/>, <see cref="Open"/>, then
/// <see cref="TryFire"/> any number of times (never concurrently for one adapter; a node with
/// <see cref="MaxDegreeOfParallelism"/> above 1 keeps several invocations in flight inside its firings), then <see cref="Close"/>
/// and <see cref="Cleanup"/> (both also after a failure or cancellation).
/// </remarks>
public abstract class NodeAdapter
{
    /// <summary>Creates the adapter of <paramref name="node"/>.</summary>
    protected NodeAdapter(object node, NodeKind kind, string typeName)
    {
        Node = node;
        Kind = kind;
        TypeName = typeName;
    }

    /// <summary>The node instance.</summary>
    public object Node { get; }

    /// <summary>What the node does with items.</summary>
    public NodeKind Kind { get; }

    /// <summary>The node's type, as written in C# (for plans and messages).</summary>
    public string TypeName { get; }

    /// <summary>The input ports, in declaration order.</summary>
    public abstract IReadOnlyList<AdapterInput> Inputs { get; }

    /// <summary>The output ports, in declaration order.</summary>
    public abstract IReadOnlyList<AdapterOutput> Outputs { get; }

    /// <summary>Whether the node has an <c>[Initialize]</c> or <c>[Cleanup]</c> hook.</summary>
    public virtual bool HasLifecycleHooks => false;

    /// <summary>Runs the node's <c>[Initialize]</c> hook, if it has one.</summary>
    public virtual void Initialize(FireContext context) { }

    /// <summary>Runs the node's <c>[Cleanup]</c> hook, if it has one.</summary>
    public virtual void Cleanup(FireContext context) { }

    /// <summary>
    /// Prepares a run after the executor bound every slot: a source starts its enumeration, a port node
    /// binds its <see cref="InPort{T}"/>/<see cref="OutPort{T}"/> properties to the slots' edges.
    /// </summary>
    public virtual void Open(FireContext context) { }

    /// <summary>Ends a run: a source disposes its enumerator. Called even when the run failed.</summary>
    public virtual void Close() { }

    /// <summary>
    /// Fires the node once if its inputs allow it: a function node when every input has an item, a source
    /// while its enumeration has items, a port node when any input has items (or once, without inputs).
    /// Writes go to the output slots. The executor checks output space for blocking edges beforehand
    /// where it needs to.
    /// </summary>
    /// <returns>Whether the firing consumed or produced anything.</returns>
    public abstract bool TryFire(FireContext context);

    /// <summary>
    /// The node's <c>[Node(MaxDegreeOfParallelism)]</c>: how many invocations may be in flight at once on the
    /// executors that run invocations concurrently.
    /// </summary>
    public virtual int MaxDegreeOfParallelism => 1;

    /// <summary>Whether the node can never fire again in this run (a finished source, a port node without inputs that fired).</summary>
    public virtual bool IsExhausted => false;

    /// <summary>
    /// Whether the node holds something back until its inputs are finished: an aggregate's accumulator, a
    /// window node's partial window. Executors then call <see cref="InputsFinished"/> once, and cannot pause the run.
    /// </summary>
    public virtual bool PublishesWhenInputsFinish => false;

    /// <summary>
    /// The node's inputs are all finished (their producers are done and every item was taken): publishes what
    /// the node held back. Called at most once per run, and never after the node failed or the run was cancelled.
    /// Writes at most one item to each output.
    /// </summary>
    public virtual void InputsFinished(FireContext context) { }

    /// <summary>
    /// Writes the node's configuration to <paramref name="writer"/>, in declaration order: what a user sets to configure
    /// it (public <c>set</c>/<c>init</c> properties, public fields that are not read-only, get-only members named like a
    /// public constructor parameter), not what it computes. The generated adapter overrides it; see
    /// <see cref="NodeConfiguration"/> and docs/nodes.md.
    /// </summary>
    public virtual void DescribeConfiguration(NodeConfigurationWriter writer) { }

    /// <summary>
    /// A hash of the node type's own source code (its declarations in every file, without comments or whitespace),
    /// computed by the generator; durable runs put it in each result's key, so editing the node's body invalidates its
    /// stored results. <see langword="null"/> for adapters written by hand.
    /// </summary>
    public virtual string? CodeHash => null;

    /// <summary>The node's <c>[Node(Cached = true)]</c>: whether durable runs may reuse its results across runs.</summary>
    public virtual bool IsCached => false;

    /// <summary>The index of input <paramref name="port"/>, or -1.</summary>
    internal int FindInput(string port)
    {
        var inputs = Inputs;
        for (var i = 0; i < inputs.Count; i++)
        {
            if (inputs[i].Name == port) return i;
        }
        return -1;
    }

    /// <summary>The index of output <paramref name="port"/>, or -1.</summary>
    internal int FindOutput(string port)
    {
        var outputs = Outputs;
        for (var i = 0; i < outputs.Count; i++)
        {
            if (outputs[i].Name == port) return i;
        }
        return -1;
    }
}
