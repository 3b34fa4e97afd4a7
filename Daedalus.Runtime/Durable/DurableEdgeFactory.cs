namespace Daedalus.Runtime;

/// <summary>Creates the edges of a durable run, each with the serializer of its item type, or says which type has none.</summary>
internal sealed class DurableEdgeFactory(string graph, ItemSerializers serializers) : IEdgeFactory
{
    public RunEdge Create<T>(ResolvedEdge edge)
    {
        var serializer = serializers.Find<T>();
        if (serializer is null)
        {
            var type = TypeNames.Display(typeof(T));
            throw new InvalidOperationException(
                $"Durable run of graph '{graph}': edge '{edge.Id}' carries {type} items, and DurableRun.Serializers has no serializer for {type}. " +
                $"Pass new ItemSerializers(YourJsonContext.Default) with [JsonSerializable(typeof({type}))], or add an IItemSerializer<{type}> with With().");
        }
        return new DurableEdge<T>(edge, serializer);
    }

    public RunEdge CreateByteStream(ResolvedEdge edge) =>
        throw new InvalidOperationException($"Durable run of graph '{graph}': edge '{edge.Id}' is a byte stream, which a durable run cannot store; use an edge of items.");
}
