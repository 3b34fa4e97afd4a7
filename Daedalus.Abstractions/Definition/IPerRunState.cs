using System.ComponentModel;

namespace Daedalus;

/// <summary>
/// Generated for a node with <see cref="PerRunAttribute"/> fields: resets them. Every executor and the compiled
/// <c>Run()</c> call it at the start of each run, before the node's <c>[Initialize]</c> hook.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public interface IPerRunState
{
    /// <summary>Sets every <c>[PerRun]</c> field back to its initializer.</summary>
    void ResetPerRun();
}
