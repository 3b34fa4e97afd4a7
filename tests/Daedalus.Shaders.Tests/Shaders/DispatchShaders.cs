using Daedalus.Shaders;

namespace Daedalus.Shaders.Tests.Shaders;

/// <summary>Writes every id the GPU gives each thread, so 1D/2D/3D dispatches and bounds checks compare exactly.</summary>
[ThreadGroupSize(4, 4, 4)]
public readonly partial struct Ids3DShader(ReadWriteBuffer<int4> output) : IComputeShader
{
    private readonly ReadWriteBuffer<int4> _output = output;

    public void Execute()
    {
        int3 id = ThreadIds.XYZ;
        int index = (id.Z * DispatchSize.Y + id.Y) * DispatchSize.X + id.X;
        _output[index] = new int4(id, GroupIds.Index + 1000 * GroupIds.X + 100 * GroupIds.Y + 10 * GroupIds.Z);
    }
}

[ThreadGroupSize(16, 8)]
public readonly partial struct Ids2DShader(ReadWriteBuffer<int4> output) : IComputeShader
{
    private readonly ReadWriteBuffer<int4> _output = output;

    public void Execute()
    {
        int index = ThreadIds.Y * DispatchSize.X + ThreadIds.X;
        _output[index] = new int4(ThreadIds.XY, GroupIds.XY.X * 10 + GroupIds.Y, DispatchSize.Count);
    }
}

[ThreadGroupSize(256)]
public readonly partial struct Ids1D256Shader(ReadWriteBuffer<int> output) : IComputeShader
{
    private readonly ReadWriteBuffer<int> _output = output;

    public void Execute() => _output[ThreadIds.X] = ThreadIds.X * 3 + GroupIds.X;
}

[ThreadGroupSize(1)]
public readonly partial struct Ids1D1Shader(ReadWriteBuffer<int> output) : IComputeShader
{
    private readonly ReadWriteBuffer<int> _output = output;

    public void Execute() => _output[ThreadIds.X] = ThreadIds.X * 3 + GroupIds.X;
}

/// <summary>A two-shader segment: blur then square, on resident buffers with no read-back between.</summary>
[ThreadGroupSize(64)]
public readonly partial struct BlurShader(ReadOnlyBuffer<float> source, ReadWriteBuffer<float> target) : IComputeShader
{
    private readonly ReadOnlyBuffer<float> _source = source;
    private readonly ReadWriteBuffer<float> _target = target;

    public void Execute()
    {
        int i = ThreadIds.X;
        int n = _source.Length;
        float left = _source[Hlsl.Max(i - 1, 0)];
        float right = _source[Hlsl.Min(i + 1, n - 1)];
        _target[i] = (left + 2f * _source[i] + right) * 0.25f;
    }
}

[ThreadGroupSize(64)]
public readonly partial struct SquareInPlaceShader(ReadWriteBuffer<float> data) : IComputeShader
{
    private readonly ReadWriteBuffer<float> _data = data;

    public void Execute()
    {
        float v = _data[ThreadIds.X];
        _data[ThreadIds.X] = v * v;
    }
}
