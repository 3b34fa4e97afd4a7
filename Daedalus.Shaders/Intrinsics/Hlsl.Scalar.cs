namespace Daedalus.Shaders;

/// <summary>
/// HLSL intrinsics. Inside a shader the generator turns each call into the HLSL intrinsic of the same
/// (lower-case) name; on the CPU these bodies run, so they compute real results.
/// </summary>
public static partial class Hlsl
{
    public static float Abs(float a) => MathF.Abs(a);
    public static int Abs(int a) => a < 0 ? unchecked(-a) : a; // wraps for int.MinValue like the GPU; Math.Abs throws
    public static float Min(float a, float b) => MathF.Min(a, b);
    public static int Min(int a, int b) => Math.Min(a, b);
    public static uint Min(uint a, uint b) => Math.Min(a, b);
    public static float Max(float a, float b) => MathF.Max(a, b);
    public static int Max(int a, int b) => Math.Max(a, b);
    public static uint Max(uint a, uint b) => Math.Max(a, b);
    public static float Clamp(float x, float min, float max) => MathF.Min(MathF.Max(x, min), max);
    public static int Clamp(int x, int min, int max) => Math.Min(Math.Max(x, min), max);
    public static uint Clamp(uint x, uint min, uint max) => Math.Min(Math.Max(x, min), max);
    public static float Saturate(float a) => MathF.Min(MathF.Max(a, 0f), 1f);
    public static float Lerp(float a, float b, float t) => a + t * (b - a);
    public static float Step(float edge, float x) => x >= edge ? 1f : 0f;

    public static float SmoothStep(float min, float max, float x)
    {
        var t = Saturate((x - min) / (max - min));
        return t * t * (3f - 2f * t);
    }

    public static float Floor(float a) => MathF.Floor(a);
    public static float Ceil(float a) => MathF.Ceiling(a);
    public static float Frac(float a) => a - MathF.Floor(a);
    public static float Round(float a) => MathF.Round(a, MidpointRounding.ToEven);
    public static float Trunc(float a) => MathF.Truncate(a);
    public static float Sqrt(float a) => MathF.Sqrt(a);
    public static float Rsqrt(float a) => 1f / MathF.Sqrt(a);
    public static float Rcp(float a) => 1f / a;
    public static float Pow(float a, float b) => MathF.Pow(a, b);
    public static float Exp(float a) => MathF.Exp(a);
    public static float Exp2(float a) => MathF.Pow(2f, a);
    public static float Log(float a) => MathF.Log(a);
    public static float Log2(float a) => MathF.Log2(a);
    public static float Log10(float a) => MathF.Log10(a);
    public static float Sin(float a) => MathF.Sin(a);
    public static float Cos(float a) => MathF.Cos(a);
    public static float Tan(float a) => MathF.Tan(a);
    public static float Asin(float a) => MathF.Asin(a);
    public static float Acos(float a) => MathF.Acos(a);
    public static float Atan(float a) => MathF.Atan(a);
    public static float Atan2(float y, float x) => MathF.Atan2(y, x);
    public static float Sinh(float a) => MathF.Sinh(a);
    public static float Cosh(float a) => MathF.Cosh(a);
    public static float Tanh(float a) => MathF.Tanh(a);
    public static float Fmod(float a, float b) => a % b;
    public static float Mad(float a, float b, float c) => a * b + c;
    public static int Mad(int a, int b, int c) => unchecked(a * b + c);
    public static uint Mad(uint a, uint b, uint c) => unchecked(a * b + c);

    /// <summary>-1, 0 or 1; unlike <see cref="MathF.Sign(float)"/> a NaN gives 0 instead of throwing.</summary>
    public static int Sign(float a) => a > 0f ? 1 : a < 0f ? -1 : 0;
    public static int Sign(int a) => a > 0 ? 1 : a < 0 ? -1 : 0;

    public static float3 Cross(float3 a, float3 b) =>
        new(a.Y * b.Z - a.Z * b.Y, a.Z * b.X - a.X * b.Z, a.X * b.Y - a.Y * b.X);
}
