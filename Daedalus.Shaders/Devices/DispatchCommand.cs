namespace Daedalus.Shaders;

/// <summary>One recorded dispatch: the shader's bindings and constants captured at record time.</summary>
internal abstract class DispatchCommand(ShaderInfo info, ShaderBuffer[] resources, byte[] constants, int3 size)
{
    public ShaderInfo Info { get; } = info;

    public ShaderBuffer[] Resources { get; } = resources;

    public byte[] Constants { get; } = constants;

    public int3 Size { get; } = size;

    public abstract void RunOnCpu();
}

internal sealed class DispatchCommand<T>(ShaderInfo info, ShaderBuffer[] resources, byte[] constants, int3 size, T shader)
    : DispatchCommand(info, resources, constants, size)
    where T : struct, IComputeShaderDescriptor<T>
{
    public override void RunOnCpu() => T.RunOnCpu(shader, Size.X, Size.Y, Size.Z);

    public static DispatchCommand<T> Create(GraphicsDevice device, in T shader, int x, int y, int z)
    {
        var info = T.Info;
        if (x < 1 || y < 1 || z < 1)
            throw new ArgumentOutOfRangeException(nameof(x), $"Dispatch sizes must be at least 1; got ({x}, {y}, {z}).");
        var slots = new ShaderBuffer?[info.Resources.Length];
        shader.GetResources(slots);
        var resources = new ShaderBuffer[slots.Length];
        for (var i = 0; i < slots.Length; i++)
        {
            var buffer = slots[i] ?? throw new ArgumentException($"Shader {info.Name}: buffer field #{i} is null.");
            ObjectDisposedException.ThrowIf(buffer.IsDisposed, buffer);
            if (!ReferenceEquals(buffer.Device, device))
                throw new ArgumentException($"Shader {info.Name}: a buffer belongs to device '{buffer.Device}', not to '{device}'. Allocate it from the device that dispatches.");
            resources[i] = buffer;
        }
        var constants = new byte[info.ConstantsSize];
        shader.WriteConstants(constants, new int3(x, y, z));
        return new DispatchCommand<T>(info, resources, constants, new int3(x, y, z), shader);
    }
}
