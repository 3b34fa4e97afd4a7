namespace Daedalus.Runtime;

public sealed partial record RunResult
{
    /// <summary>
    /// Whether the run stopped at the end of a pass because <see cref="RunOptions.Pause"/> was requested, with
    /// no failure and no cancellation; <see cref="Snapshot"/> then holds what is needed to resume it.
    /// </summary>
    public bool Paused { get; init; }

    /// <summary>The paused run's snapshot, to save or to resume with <see cref="RunOptions.Resume"/>; <see langword="null"/> unless <see cref="Paused"/>.</summary>
    public GraphSnapshot? Snapshot { get; init; }
}
