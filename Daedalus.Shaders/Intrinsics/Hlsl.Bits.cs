using System.Numerics;

namespace Daedalus.Shaders;

public static partial class Hlsl
{
    public static uint AsUInt(float a) => BitConverter.SingleToUInt32Bits(a);
    public static uint AsUInt(int a) => unchecked((uint)a);
    public static int AsInt(float a) => BitConverter.SingleToInt32Bits(a);
    public static int AsInt(uint a) => unchecked((int)a);
    public static float AsFloat(uint a) => BitConverter.UInt32BitsToSingle(a);
    public static float AsFloat(int a) => BitConverter.Int32BitsToSingle(a);
    public static uint CountBits(uint a) => (uint)BitOperations.PopCount(a);

    public static uint ReverseBits(uint a)
    {
        a = ((a >> 1) & 0x55555555u) | ((a & 0x55555555u) << 1);
        a = ((a >> 2) & 0x33333333u) | ((a & 0x33333333u) << 2);
        a = ((a >> 4) & 0x0F0F0F0Fu) | ((a & 0x0F0F0F0Fu) << 4);
        a = ((a >> 8) & 0x00FF00FFu) | ((a & 0x00FF00FFu) << 8);
        return (a >> 16) | (a << 16);
    }
}
