using System.Text;
using Daedalus.Runtime;

namespace Daedalus.Sqlite.Tests.Support;

/// <summary>Blobs, node records and commits made from short strings.</summary>
public static class Records
{
    public static StoredBlob Blob(string text)
    {
        var data = Encoding.UTF8.GetBytes(text);
        return new StoredBlob(ContentHash.Of(data), data);
    }

    public static ContentHash Key(string text) => ContentHash.Of(Encoding.UTF8.GetBytes("key:" + text));

    /// <summary>Node <paramref name="node"/>'s result under key <paramref name="key"/>, one output per blob (one item each).</summary>
    public static NodeRecord Node(string node, string key, params StoredBlob[] outputs) =>
        new(node, new NodeResultRecord(Key(key), [.. outputs.Select(blob => new StoredBlobRef(blob.Hash, 1, blob.Data.Length))]));

    public static RunTotals Totals(long firings, params (string Meter, long Amount)[] meters) =>
        new(firings, TimeSpan.FromMilliseconds(firings * 10), meters.ToDictionary(meter => meter.Meter, meter => meter.Amount));

    public static RunCommit Commit(IReadOnlyList<StoredBlob> blobs, IReadOnlyList<NodeRecord> nodes, long firings = 1, DurableRunStatus status = DurableRunStatus.Running) =>
        new(blobs, nodes, Totals(firings), status);

    public static string Text(byte[] data) => Encoding.UTF8.GetString(data);
}
