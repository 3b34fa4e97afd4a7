namespace Daedalus.Runtime;

/// <summary>The run's edges seen as their queues, without copying them into a list.</summary>
internal sealed class EdgeBufferView(RunEdge[] edges) : IReadOnlyList<EdgeBuffer>
{
    public EdgeBuffer this[int index] => edges[index].Buffer;

    public int Count => edges.Length;

    public IEnumerator<EdgeBuffer> GetEnumerator()
    {
        foreach (var edge in edges) yield return edge.Buffer;
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
