using Daedalus.Shaders;

namespace Daedalus.Shaders.Tests.Shaders;

/// <summary>Every float intrinsic once, each into its own output column.</summary>
[ThreadGroupSize(32)]
public readonly partial struct IntrinsicsShader(ReadOnlyBuffer<float> input, ReadWriteBuffer<float> output) : IComputeShader
{
    public const int Columns = 32;

    private readonly ReadOnlyBuffer<float> _input = input;
    private readonly ReadWriteBuffer<float> _output = output;

    public void Execute()
    {
        int i = ThreadIds.X;
        float x = _input[i];
        float p = Hlsl.Abs(x) + 0.5f;
        int o = i * Columns;
        _output[o + 0] = Hlsl.Abs(x);
        _output[o + 1] = Hlsl.Min(x, 0.25f) + Hlsl.Max(x, -0.25f);
        _output[o + 2] = Hlsl.Clamp(x, -0.5f, 0.5f);
        _output[o + 3] = Hlsl.Saturate(x);
        _output[o + 4] = Hlsl.Lerp(x, 2f, 0.25f);
        _output[o + 5] = Hlsl.Step(0.1f, x);
        _output[o + 6] = Hlsl.SmoothStep(-1f, 1f, x);
        _output[o + 7] = Hlsl.Floor(x * 3f) + Hlsl.Ceil(x * 3f);
        _output[o + 8] = Hlsl.Frac(x * 3f);
        _output[o + 9] = Hlsl.Round(x * 4f + 0.3f);
        _output[o + 10] = Hlsl.Sqrt(p);
        _output[o + 11] = Hlsl.Rsqrt(p);
        _output[o + 12] = Hlsl.Pow(p, 1.7f);
        _output[o + 13] = Hlsl.Exp(x);
        _output[o + 14] = Hlsl.Exp2(x);
        _output[o + 15] = Hlsl.Log(p);
        _output[o + 16] = Hlsl.Log2(p);
        _output[o + 17] = Hlsl.Sin(x);
        _output[o + 18] = Hlsl.Cos(x);
        _output[o + 19] = Hlsl.Tan(x * 0.5f);
        _output[o + 20] = Hlsl.Asin(x * 0.5f);
        _output[o + 21] = Hlsl.Acos(x * 0.5f);
        _output[o + 22] = Hlsl.Atan(x * 3f);
        _output[o + 23] = Hlsl.Atan2(x, p);
        float3 a = new float3(x, p, 1f);
        float3 b = new float3(0.5f, -x, 2f);
        _output[o + 24] = Hlsl.Dot(a, b);
        _output[o + 25] = Hlsl.Cross(a, b).Y;
        _output[o + 26] = Hlsl.Length(a);
        _output[o + 27] = Hlsl.Distance(a, b);
        _output[o + 28] = Hlsl.Normalize(a).Z;
        _output[o + 29] = Hlsl.Mad(x, p, 0.5f);
        _output[o + 30] = (float)Hlsl.Sign(x);
        _output[o + 31] = MathF.Sqrt(p) + MathF.Max(x, 0f) + Math.Abs(x);
    }
}
