namespace Daedalus.Runtime;

/// <summary>
/// The blobs a durable run stored most recently, up to a size, so a consumer that runs soon after its producer does
/// not read the bytes back from the store. Oldest first out; thread-safe.
/// </summary>
internal sealed class BlobCache(long capacityBytes)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<ContentHash, byte[]> _blobs = [];
    private readonly Queue<ContentHash> _order = new();
    private long _bytes;

    public void Add(ContentHash hash, byte[] data)
    {
        if (data.Length > capacityBytes) return;
        lock (_gate)
        {
            if (!_blobs.TryAdd(hash, data)) return;
            _order.Enqueue(hash);
            _bytes += data.Length;
            while (_bytes > capacityBytes && _order.TryDequeue(out var oldest))
            {
                if (_blobs.Remove(oldest, out var removed)) _bytes -= removed.Length;
            }
        }
    }

    public byte[]? Find(ContentHash hash)
    {
        lock (_gate) return _blobs.GetValueOrDefault(hash);
    }
}
