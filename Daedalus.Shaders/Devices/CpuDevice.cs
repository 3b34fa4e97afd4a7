namespace Daedalus.Shaders;

/// <summary>Runs shaders through their generated CPU fallback, on host memory.</summary>
internal sealed class CpuDevice : GraphicsDevice
{
    public static readonly CpuDevice Instance = new();

    private CpuDevice()
    {
    }

    public override string Name => $"CPU ({Environment.ProcessorCount} threads)";

    public override DeviceKind Kind => DeviceKind.Cpu;

    public override void Dispose()
    {
        // Shared and stateless: nothing to release.
    }

    internal override BufferStorage CreateStorage(ResourceKind kind, int length, int elementSize) =>
        new HostStorage((nuint)length * (nuint)elementSize, zero: true);

    internal override void Execute(IReadOnlyList<DispatchCommand> commands)
    {
        foreach (var command in commands) command.RunOnCpu();
    }
}
