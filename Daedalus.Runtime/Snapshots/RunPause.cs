namespace Daedalus.Runtime;

/// <summary>
/// Asks a run to pause: set it in <see cref="RunOptions.Pause"/>, then call <see cref="Request"/> from any
/// thread (a node, a timer, the caller). The serial and parallel executors stop at the end of the current
/// pass, when no firing is in progress, and the run returns a <see cref="RunResult"/> with
/// <see cref="RunResult.Paused"/> set and a <see cref="RunResult.Snapshot"/> to resume from.
/// </summary>
/// <remarks>
/// A run that can finish in the pass during which the request arrives finishes normally (it is not paused).
/// The run clears the request when it honours it, so the same options can start the resumed run.
/// The pipelined executor cannot pause: a run with a pause on it fails before it starts.
/// </remarks>
public sealed class RunPause
{
    private volatile bool _requested;

    /// <summary>Whether a pause was requested and not yet honoured.</summary>
    public bool IsRequested => _requested;

    /// <summary>Asks the run to stop at the end of its current pass. Safe from any thread.</summary>
    public void Request() => _requested = true;

    /// <summary>Withdraws a request the run has not honoured yet.</summary>
    public void Reset() => _requested = false;
}
