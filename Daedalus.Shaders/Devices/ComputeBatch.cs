namespace Daedalus.Shaders;

/// <summary>
/// Dispatches recorded on one device and submitted together: each sees the writes of the ones before it,
/// and nothing is read back in between.
/// </summary>
public sealed class ComputeBatch
{
    private readonly List<DispatchCommand> _commands = [];
    private bool _submitted;

    internal ComputeBatch(GraphicsDevice device) => Device = device;

    public GraphicsDevice Device { get; }

    public int Count => _commands.Count;

    public ComputeBatch Dispatch<T>(in T shader, int x, int y = 1, int z = 1) where T : struct, IComputeShaderDescriptor<T>
    {
        if (_submitted) throw new InvalidOperationException("This batch was already submitted; begin a new one.");
        _commands.Add(DispatchCommand<T>.Create(Device, shader, x, y, z));
        return this;
    }

    /// <summary>Runs the recorded dispatches and waits until they finish.</summary>
    public void Submit()
    {
        if (_submitted) throw new InvalidOperationException("This batch was already submitted.");
        _submitted = true;
        if (_commands.Count > 0) Device.Execute(_commands);
    }
}
