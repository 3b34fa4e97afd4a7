namespace Daedalus.Runtime;

/// <summary>
/// Thrown by every member of a generated graph whose definition has errors. The build reports those
/// errors as DAExxxx diagnostics; this exception only says which graph and where to look.
/// </summary>
public sealed class InvalidGraphException(string graph, string reason)
    : Exception($"Graph '{graph}' is invalid and cannot run: {reason}. See the Daedalus (DAExxxx) diagnostics reported for it at build time.")
{
    /// <summary>The graph class.</summary>
    public string Graph { get; } = graph;
}
