namespace Daedalus.Shaders.Tests.Segments;

/// <summary>CPU source → GPU segment (upload + shader, shader on the same buffer + read-back) → CPU sink.</summary>
[Graph]
public sealed partial class SignalOnGpu
{
    static void Define(GraphBuilder g)
    {
        var windows = g.Add(new Windows());
        var upload = g.Add(new Upload());
        var square = g.Add(new SquareAndRead());
        var keep = g.Add(new Keep());
        g.Connect(windows.Output, upload.Window);
        g.Connect(upload.Output, square.Buffer);
        g.Connect(square.Output, keep.Item);
    }
}

/// <summary>The same shape with a GPU-required first node: the whole segment requires a GPU.</summary>
[Graph]
public sealed partial class SignalOnGpuOnly
{
    static void Define(GraphBuilder g)
    {
        var windows = g.Add(new Windows());
        var upload = g.Add(new UploadOnGpuOnly());
        var square = g.Add(new SquareAndRead());
        var keep = g.Add(new DeviceOfContext());
        g.Connect(windows.Output, upload.Window);
        g.Connect(upload.Output, square.Buffer);
        g.Connect(square.Output, keep.Item);
    }
}
