using Daedalus.Shaders;

namespace Daedalus.Benchmarks;

/// <summary>SAXPY-like: y[i] = a * x[i] + y[i], one thread per element.</summary>
[ThreadGroupSize(64)]
public readonly partial struct SaxpyShader(ReadOnlyBuffer<float> x, ReadWriteBuffer<float> y, float a) : IComputeShader
{
    private readonly ReadOnlyBuffer<float> _x = x;
    private readonly ReadWriteBuffer<float> _y = y;
    private readonly float _a = a;

    public void Execute()
    {
        int i = ThreadIds.X;
        _y[i] = _a * _x[i] + _y[i];
    }
}

/// <summary>
/// 2D 5-point stencil on a width × height grid stored row by row: every inner cell becomes the mean of
/// itself and its four neighbours; border cells are copied. One thread per cell.
/// </summary>
[ThreadGroupSize(16, 16)]
public readonly partial struct StencilShader(ReadOnlyBuffer<float> source, ReadWriteBuffer<float> target, int width, int height) : IComputeShader
{
    private readonly ReadOnlyBuffer<float> _source = source;
    private readonly ReadWriteBuffer<float> _target = target;
    private readonly int _width = width;
    private readonly int _height = height;

    public void Execute()
    {
        int x = ThreadIds.X;
        int y = ThreadIds.Y;
        int i = y * _width + x;
        if (x == 0 || y == 0 || x == _width - 1 || y == _height - 1)
        {
            _target[i] = _source[i];
            return;
        }
        _target[i] = (_source[i] + _source[i - 1] + _source[i + 1] + _source[i - _width] + _source[i + _width]) * 0.2f;
    }
}
