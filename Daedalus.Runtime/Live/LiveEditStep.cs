namespace Daedalus.Runtime;

/// <summary>
/// One recorded edit: how it changes the description of the whole graph (the general path: describe, validate all,
/// compare), and, for an edit that keeps the graph's shape, what it changes in place, so that a commit of such edits
/// costs what it changes, not what the graph holds.
/// </summary>
internal sealed record LiveEditStep(Action<LiveDesired> Describe, InPlaceEdit? InPlace);

/// <summary>An edit that keeps the graph's nodes and links: a commit of these alone checks and applies them where they are.</summary>
internal abstract record InPlaceEdit
{
    /// <summary>A new policy or capacity for one link.</summary>
    public sealed record SetPolicy(string From, string FromPort, string To, string ToPort, EdgePolicy Policy) : InPlaceEdit
    {
        public string Id => $"{From}.{FromPort}->{To}.{ToPort}";

        /// <summary>What validation says about the policy itself (DAE0006, DAE0011), or null.</summary>
        public string? PolicyError() => Policy switch
        {
            { Kind: EdgeKind.Bytes } => $"DAE0011: SetPolicy ({From}.{FromPort} -> {To}.{ToPort}): Edge.Bytes connects byte-stream ports; live graphs carry items.",
            { Kind: EdgeKind.Bounded, Capacity: <= 0 } => $"DAE0006: SetPolicy ({From}.{FromPort} -> {To}.{ToPort}): the edge capacity {Policy.Capacity} is not positive.",
            _ => null,
        };
    }

    /// <summary>A new instance, of the same type, for one node.</summary>
    public sealed record Reconfigure(string Name, IRuntimeNode Node) : InPlaceEdit
    {
        public static string WrongType(string name, NodeAdapter running, NodeAdapter replacement) =>
            $"Reconfigure: node '{name}' is {running.TypeName}, not {replacement.TypeName}; remove it and add the new node instead.";
    }

    /// <summary>How one output shares its items among its links.</summary>
    public sealed record Distribute(string Node, string Port, FanOut Mode) : InPlaceEdit;
}
