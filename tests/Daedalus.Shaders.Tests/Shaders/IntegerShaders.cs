using Daedalus.Shaders;

namespace Daedalus.Shaders.Tests.Shaders;

/// <summary>Integer arithmetic, bit operations, shifts (masked like C#), uint wrap-around and atomics.</summary>
[ThreadGroupSize(64)]
public readonly partial struct BitsShader(ReadOnlyBuffer<uint> input, ReadWriteBuffer<uint> output, ReadWriteBuffer<int> counters) : IComputeShader
{
    private readonly ReadOnlyBuffer<uint> _input = input;
    private readonly ReadWriteBuffer<uint> _output = output;
    private readonly ReadWriteBuffer<int> _counters = counters;

    public void Execute()
    {
        int i = ThreadIds.X;
        uint v = _input[i];
        int shift = i % 40;
        uint hash = v * 2654435761u;
        hash ^= hash >> 15;
        hash = (hash << shift) | (hash >> (32 - (shift & 31)));
        int signed = (int)v;
        _output[i * 4 + 0] = hash;
        _output[i * 4 + 1] = Hlsl.CountBits(v) + Hlsl.ReverseBits(v) % 1000u;
        _output[i * 4 + 2] = (uint)(signed / 7 + signed % 7 - (signed >> 3) + (~signed & 0xFF));
        _output[i * 4 + 3] = (uint)Hlsl.Clamp(signed, -1000, 1000) + Hlsl.Max(v, 5u) - Hlsl.Min(v, 3u);
        Hlsl.InterlockedAdd(ref _counters[0], 1);
        Hlsl.InterlockedMax(ref _counters[1], i);
        Hlsl.InterlockedMin(ref _counters[2], -i);
        Hlsl.InterlockedOr(ref _counters[3], 1 << (i % 31));
        int original = 0;
        Hlsl.InterlockedCompareExchange(ref _counters[4], 0, 42, out original);
    }
}

/// <summary>Constant buffers and value fields of several types (checks the cbuffer packing).</summary>
[ThreadGroupSize(4, 4)]
public readonly partial struct ConstantsShader(ConstantBuffer<float4> weights, ConstantBuffer<int> table, ReadWriteBuffer<float4> output,
    float scale, int3 offset, bool flag, float2 bias) : IComputeShader
{
    private readonly ConstantBuffer<float4> _weights = weights;
    private readonly ConstantBuffer<int> _table = table;
    private readonly ReadWriteBuffer<float4> _output = output;
    private readonly float _scale = scale;
    private readonly int3 _offset = offset;
    private readonly bool _flag = flag;
    private readonly float2 _bias = bias;

    public void Execute()
    {
        int2 id = ThreadIds.XY;
        int index = id.Y * DispatchSize.X + id.X;
        float4 w = _weights[index % _weights.Length];
        int t = _table[(index + _offset.Y) % _table.Length];
        float4 result = w * _scale + (float)(t + _offset.X + _offset.Z);
        if (_flag) result.X += _bias.X;
        result.W = _bias.Y + GroupSize.Count + GroupIds.Index;
        _output[index] = result;
    }
}
