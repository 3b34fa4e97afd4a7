using Daedalus.Shaders;

namespace Daedalus.Shaders.Tests.Segments;

/// <summary>Scales a window in place: the first shader of the test segment.</summary>
[ThreadGroupSize(64)]
public readonly partial struct ScaleInPlace(ReadWriteBuffer<float> data, float factor) : IComputeShader
{
    private readonly ReadWriteBuffer<float> _data = data;
    private readonly float _factor = factor;

    public void Execute() => _data[ThreadIds.X] = _data[ThreadIds.X] * _factor;
}

/// <summary>Squares and offsets a window in place: the second shader, on the buffer the first one wrote.</summary>
[ThreadGroupSize(64)]
public readonly partial struct SquarePlus(ReadWriteBuffer<float> data, float offset) : IComputeShader
{
    private readonly ReadWriteBuffer<float> _data = data;
    private readonly float _offset = offset;

    public void Execute()
    {
        var value = _data[ThreadIds.X];
        _data[ThreadIds.X] = value * value + _offset;
    }
}
