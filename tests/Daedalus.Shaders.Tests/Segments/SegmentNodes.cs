using Daedalus.Runtime;

namespace Daedalus.Shaders.Tests.Segments;

/// <summary>CPU source: windows of a ramp signal.</summary>
[Node]
public sealed partial class Windows
{
    public int Count { get; init; } = 8;

    public int Length { get; init; } = 100;

    [Process]
    public IEnumerable<float[]> Run()
    {
        for (var w = 0; w < Count; w++)
            yield return Enumerable.Range(0, Length).Select(i => (w * Length + i) * 0.01f).ToArray();
    }
}

/// <summary>First node of the segment: uploads a window to the segment's device and scales it there.</summary>
[Node(Placement = NodePlacement.GpuPreferred)]
public sealed partial class Upload
{
    /// <summary>The buffers handed on, to check the next node receives the very same ones.</summary>
    public List<ReadWriteBuffer<float>> Sent { get; } = [];

    [Process]
    public ReadWriteBuffer<float> Run(float[] window, GraphicsDevice device)
    {
        var buffer = device.AllocateReadWriteBuffer<float>(window);
        device.Dispatch(new ScaleInPlace(buffer, 2f), buffer.Length);
        Sent.Add(buffer);
        return buffer;
    }
}

/// <summary>Last node of the segment: runs a second shader on the same buffer, then reads it back.</summary>
[Node(Placement = NodePlacement.GpuPreferred)]
public sealed partial class SquareAndRead
{
    public List<ReadWriteBuffer<float>> Received { get; } = [];

    [Process]
    public float[] Run(ReadWriteBuffer<float> buffer, GraphicsDevice device)
    {
        Received.Add(buffer);
        device.Dispatch(new SquarePlus(buffer, 0.5f), buffer.Length);
        var result = buffer.ToArray();
        buffer.Dispose();
        return result;
    }
}

/// <summary>A GPU-required variant of the first node, to check a segment that cannot fall back.</summary>
[Node(Placement = NodePlacement.GpuRequired)]
public sealed partial class UploadOnGpuOnly
{
    [Process]
    public ReadWriteBuffer<float> Run(float[] window, GraphicsDevice device) => device.AllocateReadWriteBuffer<float>(window);
}

/// <summary>CPU sink: keeps what comes back from the device.</summary>
[Node]
public sealed partial class Keep
{
    public List<float[]> Items { get; } = [];

    [Process]
    public void Run(float[] item) => Items.Add(item);
}

/// <summary>A CPU node that asks for its context, to see that a CPU node's context has no device.</summary>
[Node]
public sealed partial class DeviceOfContext
{
    public List<string?> Seen { get; } = [];

    [Process]
    public void Run(float[] item, NodeContext context) => Seen.Add(context.Device?.DisplayName);
}
