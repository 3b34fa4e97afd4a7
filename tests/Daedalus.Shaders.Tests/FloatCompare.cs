namespace Daedalus.Shaders.Tests;

/// <summary>
/// GPU and CPU floats agree within <see cref="MaxUlps"/> units in the last place, or within
/// <see cref="AbsoluteFloor"/> near zero (where ULPs shrink towards denormals and sin/cos/atan results
/// of cancelling terms lose relative precision). The bound is documented in docs/shaders.md.
/// </summary>
public static class FloatCompare
{
    public const int MaxUlps = 64;
    public const float AbsoluteFloor = 1e-5f;

    /// <summary>asin/acos/atan: Vulkan only promises atan to 4096 ULPs and derives the others from it (llvmpipe uses that latitude).</summary>
    public const int InverseTrigUlps = 4096;

    public static int UlpDistance(float a, float b)
    {
        if (a == b) return 0;
        if (float.IsNaN(a) || float.IsNaN(b)) return float.IsNaN(a) && float.IsNaN(b) ? 0 : int.MaxValue;
        var ia = BitConverter.SingleToInt32Bits(a);
        var ib = BitConverter.SingleToInt32Bits(b);
        if (ia < 0) ia = int.MinValue - ia;
        if (ib < 0) ib = int.MinValue - ib;
        var distance = (long)ia - ib;
        return (int)Math.Min(Math.Abs(distance), int.MaxValue);
    }

    public static void Equal(ReadOnlySpan<float> expected, ReadOnlySpan<float> actual, int columns = 1, Func<int, int>? boundForColumn = null)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (var i = 0; i < expected.Length; i++)
        {
            float e = expected[i], a = actual[i];
            if (MathF.Abs(e - a) <= AbsoluteFloor) continue;
            var ulps = UlpDistance(e, a);
            var bound = boundForColumn?.Invoke(i % columns) ?? MaxUlps;
            if (ulps > bound)
                Assert.Fail($"Element {i} (row {i / columns}, column {i % columns}): CPU {e:R}, GPU {a:R}, {ulps} ULPs apart (bound {bound}).");
        }
    }

    public static int MaxDistance(ReadOnlySpan<float> expected, ReadOnlySpan<float> actual)
    {
        var max = 0;
        for (var i = 0; i < expected.Length; i++)
        {
            if (MathF.Abs(expected[i] - actual[i]) > AbsoluteFloor) max = Math.Max(max, UlpDistance(expected[i], actual[i]));
        }
        return max;
    }
}
