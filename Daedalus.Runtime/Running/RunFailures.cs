using System.Runtime.ExceptionServices;

namespace Daedalus.Runtime;

/// <summary>
/// How generated run methods turn exceptions into structured failures. Public for generated code;
/// not meant to be called by hand.
/// </summary>
public static class RunFailures
{
    /// <summary>
    /// Gives a node's exception the node's identity. Cancellation and Daedalus's own exceptions
    /// (which already name their edge or node) pass through unchanged.
    /// </summary>
    public static Exception Wrap(string graph, Exception error, string? node, string phase) => error switch
    {
        OperationCanceledException or EdgeOverflowException or GraphStalledException or NodeFailedException => error,
        _ when node is null => error,
        _ => new NodeFailedException(graph, node, phase, error),
    };

    /// <summary>Keeps every failure: a second failure (a cleanup after a failed run) joins the first.</summary>
    public static Exception Combine(Exception? first, Exception second) => first switch
    {
        null => second,
        AggregateException aggregate => new AggregateException(aggregate.InnerExceptions.Append(second)),
        _ => new AggregateException(first, second),
    };

    /// <summary>Rethrows, keeping the original stack trace.</summary>
    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    public static void Throw(Exception failure) => ExceptionDispatchInfo.Capture(failure).Throw();

    /// <summary>Fails the run if items are still queued when no node can fire: nothing is lost silently.</summary>
    public static void ThrowIfItemsLeft(string graph, EdgeBuffer[] edges)
    {
        foreach (var edge in edges)
        {
            if (edge.Count > 0) throw new GraphStalledException(graph, edges.Where(e => e.Count > 0).ToArray());
        }
    }
}
