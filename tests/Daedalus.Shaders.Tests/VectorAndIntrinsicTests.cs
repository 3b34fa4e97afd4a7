namespace Daedalus.Shaders.Tests;

/// <summary>The CPU side of the shader model computes real results (ComputeSharp's CPU stubs return default).</summary>
public sealed class VectorAndIntrinsicTests
{
    [Fact]
    public void Vector_operators_and_swizzles_compute()
    {
        var a = new float3(1, 2, 3);
        var b = new float3(4, -5, 6);
        Assert.Equal(new float3(5, -3, 9), a + b);
        Assert.Equal(new float3(4, -10, 18), a * b);
        Assert.Equal(new float3(2, 4, 6), a * 2f);
        Assert.Equal(new float3(-1, -2, -3), -a);
        Assert.Equal(new float2(3, 1), a.ZX);
        Assert.Equal(new float3(2, 2, 1), a.YYX);
        Assert.Equal(new float4(1, 2, 3, 9), new float4(a, 9));
        Assert.Equal(new int3(1, 0, 1), new int3(5, 6, 7) & 1);
        Assert.Equal(new uint2(8, 16), new uint2(1, 2) << 3);
        Assert.Equal(new int2(1, -2), (int2)new float2(1.7f, -2.7f));
        float4 splat = 2f;
        Assert.Equal(new float4(2, 2, 2, 2), splat);
    }

    [Theory]
    [InlineData(-2.5f)]
    [InlineData(-0.3f)]
    [InlineData(0f)]
    [InlineData(0.7f)]
    [InlineData(3.25f)]
    public void Scalar_intrinsics_match_System_Math(float x)
    {
        var p = MathF.Abs(x) + 0.5f;
        Assert.Equal(MathF.Abs(x), Hlsl.Abs(x));
        Assert.Equal(Math.Clamp(x, -1f, 1f), Hlsl.Clamp(x, -1f, 1f));
        Assert.Equal(Math.Clamp(x, 0f, 1f), Hlsl.Saturate(x));
        Assert.Equal(MathF.Floor(x), Hlsl.Floor(x));
        Assert.Equal(MathF.Ceiling(x), Hlsl.Ceil(x));
        Assert.Equal(x - MathF.Floor(x), Hlsl.Frac(x));
        Assert.Equal(MathF.Round(x), Hlsl.Round(x));
        Assert.Equal(MathF.Sqrt(p), Hlsl.Sqrt(p));
        Assert.Equal(1f / MathF.Sqrt(p), Hlsl.Rsqrt(p));
        Assert.Equal(MathF.Pow(p, 1.5f), Hlsl.Pow(p, 1.5f));
        Assert.Equal(MathF.Exp(x), Hlsl.Exp(x));
        Assert.Equal(MathF.Pow(2, x), Hlsl.Exp2(x));
        Assert.Equal(MathF.Log(p), Hlsl.Log(p));
        Assert.Equal(MathF.Log2(p), Hlsl.Log2(p));
        Assert.Equal(MathF.Sin(x), Hlsl.Sin(x));
        Assert.Equal(MathF.Cos(x), Hlsl.Cos(x));
        Assert.Equal(MathF.Tan(x), Hlsl.Tan(x));
        Assert.Equal(MathF.Asin(x / 4), Hlsl.Asin(x / 4));
        Assert.Equal(MathF.Acos(x / 4), Hlsl.Acos(x / 4));
        Assert.Equal(MathF.Atan(x), Hlsl.Atan(x));
        Assert.Equal(MathF.Atan2(x, p), Hlsl.Atan2(x, p));
        Assert.Equal(x * p + 1, Hlsl.Mad(x, p, 1));
        Assert.Equal(Math.Sign(x), Hlsl.Sign(x));
        Assert.Equal(1 + 0.25f * (x - 1), Hlsl.Lerp(1, x, 0.25f));
        Assert.Equal(x >= 0.5f ? 1f : 0f, Hlsl.Step(0.5f, x));
        var t = Math.Clamp((x + 1) / 2, 0f, 1f);
        Assert.Equal(t * t * (3 - 2 * t), Hlsl.SmoothStep(-1, 1, x));
        Assert.Equal(Math.Max(x, 0.1f), Hlsl.Max(x, 0.1f));
        Assert.Equal(Math.Min(x, 0.1f), Hlsl.Min(x, 0.1f));
    }

    [Fact]
    public void Vector_intrinsics_compute()
    {
        var a = new float3(1, 2, 2);
        var b = new float3(0, 1, 0);
        Assert.Equal(2f, Hlsl.Dot(a, b));
        Assert.Equal(3f, Hlsl.Length(a));
        Assert.Equal(MathF.Sqrt(1 + 1 + 4), Hlsl.Distance(a, b));
        Assert.Equal(new float3(-2, 0, 1), Hlsl.Cross(a, b));
        var n = Hlsl.Normalize(a);
        Assert.Equal(1f, Hlsl.Length(n), 5);
        Assert.Equal(new int3(1, 0, -1), Hlsl.Sign(new float3(3, 0, -2)));
        Assert.Equal(new float2(1, 0), Hlsl.Saturate(new float2(7, -7)));
    }

    [Fact]
    public void Integer_intrinsics_wrap_like_the_gpu()
    {
        Assert.Equal(int.MinValue, Hlsl.Abs(int.MinValue));
        Assert.Equal(32u, Hlsl.CountBits(uint.MaxValue));
        Assert.Equal(0x80000000u, Hlsl.ReverseBits(1u));
        Assert.Equal(1065353216u, Hlsl.AsUInt(1f));
        var value = 5;
        Hlsl.InterlockedMax(ref value, 9);
        Hlsl.InterlockedMin(ref value, 7);
        Hlsl.InterlockedCompareExchange(ref value, 7, 11, out var original);
        Assert.Equal((11, 7), (value, original));
    }
}
