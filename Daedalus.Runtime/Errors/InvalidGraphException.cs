namespace Daedalus.Runtime;

/// <summary>
/// Thrown by every member of a generated graph whose definition has errors (the build reports those
/// errors as DAExxxx diagnostics), and by a <see cref="RuntimeGraph"/> that fails validation, listing
/// every error with the diagnostic ID the compile-time analyzer uses for it.
/// </summary>
public sealed class InvalidGraphException : Exception
{
    /// <summary>Reports a generated graph whose definition has build errors.</summary>
    public InvalidGraphException(string graph, string reason)
        : base($"Graph '{graph}' is invalid and cannot run: {reason}. See the Daedalus (DAExxxx) diagnostics reported for it at build time.")
    {
        Graph = graph;
        Errors = [reason];
    }

    /// <summary>Reports a run-time graph that failed validation with <paramref name="errors"/>.</summary>
    public InvalidGraphException(string graph, IReadOnlyList<string> errors)
        : base($"Graph '{graph}' is invalid and cannot run ({errors.Count} error{(errors.Count == 1 ? "" : "s")}):{Environment.NewLine}{string.Join(Environment.NewLine, errors)}")
    {
        Graph = graph;
        Errors = errors;
    }

    /// <summary>The graph class, or the run-time graph's name.</summary>
    public string Graph { get; }

    /// <summary>Every error, each starting with its diagnostic ID (<c>DAE0001: ...</c>) for run-time graphs.</summary>
    public IReadOnlyList<string> Errors { get; }
}
