namespace Daedalus;

/// <summary>
/// A source node that knows how many items a run will produce (the lines of a file it has measured, the rows of a
/// query it has counted), so that run progress shows "n of total". Read once at the start of each run, after the
/// node's <c>[Initialize]</c> hook; a node that does not know returns null.
/// </summary>
public interface ICountedSource
{
    /// <summary>The items the next run is expected to produce, or null when unknown.</summary>
    long? ExpectedItems { get; }
}
