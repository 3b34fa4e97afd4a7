using Daedalus;

namespace Daedalus.Tests.Nodes;

/// <summary>
/// A source that declares how many items it produces and, at <see cref="GateAt"/>, waits until <see cref="Gate"/> is set
/// (by a test that saw a progress report), giving up after 30 seconds so that a broken reporter fails instead of hanging.
/// </summary>
[Node]
public sealed partial class GatedCount : ICountedSource
{
    public int Count { get; init; } = 100;

    /// <summary>The item before which the source waits for the gate; -1: never waits.</summary>
    public int GateAt { get; init; } = -1;

    public ManualResetEventSlim Gate { get; } = new();

    public long? ExpectedItems => Count;

    [Process]
    public IEnumerable<int> Numbers()
    {
        for (var i = 0; i < Count; i++)
        {
            if (i == GateAt && !Gate.Wait(TimeSpan.FromSeconds(30))) throw new TimeoutException("No progress report arrived while the source waited.");
            yield return i;
        }
    }
}
