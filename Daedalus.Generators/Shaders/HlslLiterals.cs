using System.Globalization;

namespace Daedalus.Generators.Shaders;

/// <summary>Constants written as HLSL literals (invariant culture, round-trippable floats).</summary>
internal static class HlslLiterals
{
    public static string? Format(object? value) => value switch
    {
        bool b => b ? "true" : "false",
        int i => i == int.MinValue ? "(-2147483647 - 1)" : i.ToString(CultureInfo.InvariantCulture),
        uint u => u.ToString(CultureInfo.InvariantCulture) + "u",
        float f => Float(f),
        double d => Float((float)d),
        short or ushort or byte or sbyte or char => System.Convert.ToInt32(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture),
        long l when l >= int.MinValue && l <= int.MaxValue => ((int)l).ToString(CultureInfo.InvariantCulture),
        _ => null,
    };

    private static string Float(float f)
    {
        if (float.IsNaN(f)) return "asfloat(0x7FC00000u)";
        if (float.IsPositiveInfinity(f)) return "asfloat(0x7F800000u)";
        if (float.IsNegativeInfinity(f)) return "asfloat(0xFF800000u)";
        var text = f.ToString("R", CultureInfo.InvariantCulture);
        if (text.IndexOf('.') < 0 && text.IndexOf('E') < 0) text += ".0";
        return text + "f";
    }
}
