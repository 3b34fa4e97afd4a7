using System.Security.Cryptography;
using System.Text;

namespace Daedalus.Runtime;

/// <summary>
/// The key a durable run stores a node's result under: a hash of what the node is (type, generated code hash,
/// configuration checksum, where its edges go) and of its input (each edge in's blob hash). A cached node's key stops
/// there, so any run with the same node and input finds it; every other node's key also holds the run id and the
/// node's name, so its result belongs to its run alone.
/// </summary>
internal sealed class NodeKeys(CompiledGraph graph, string runId)
{
    private const string Version = "daedalus-node-key/1";

    public ContentHash KeyOf(int node, bool cached, ReadOnlySpan<ContentHash> inputs)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        AddText(hash, Version);
        var entry = graph.Nodes[node];
        var adapter = entry.Adapter;
        AddText(hash, adapter.TypeName);
        AddText(hash, adapter.CodeHash ?? "");
        AddNumber(hash, NodeConfiguration.Checksum(adapter));
        AddNumber(hash, (ulong)(graph.OutStart[node + 1] - graph.OutStart[node]));
        for (var i = graph.OutStart[node]; i < graph.OutStart[node + 1]; i++)
        {
            var edge = graph.Edges[graph.OutEdges[i]];
            AddText(hash, adapter.Outputs[edge.FromPort].Name);
            AddText(hash, graph.FanOutOf(node, edge.FromPort).ToString());
            AddText(hash, edge.Policy.ToString());
        }
        if (!cached)
        {
            AddText(hash, runId);
            AddText(hash, entry.Name);
        }
        AddNumber(hash, (ulong)inputs.Length);
        Span<byte> bytes = stackalloc byte[ContentHash.Size];
        for (var i = graph.InStart[node]; i < graph.InStart[node + 1]; i++)
        {
            var edge = graph.Edges[graph.InEdges[i]];
            AddText(hash, adapter.Inputs[edge.ToPort].Name);
            inputs[i - graph.InStart[node]].WriteTo(bytes);
            hash.AppendData(bytes);
        }
        Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
        hash.GetHashAndReset(digest);
        return ContentHash.Read(digest);
    }

    private static void AddText(IncrementalHash hash, string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        AddNumber(hash, (ulong)bytes.Length);
        hash.AppendData(bytes);
    }

    private static void AddNumber(IncrementalHash hash, ulong value)
    {
        Span<byte> bytes = stackalloc byte[8];
        System.Buffers.Binary.BinaryPrimitives.WriteUInt64LittleEndian(bytes, value);
        hash.AppendData(bytes);
    }
}
