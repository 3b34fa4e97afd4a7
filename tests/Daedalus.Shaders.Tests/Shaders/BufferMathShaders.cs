using Daedalus.Shaders;

namespace Daedalus.Shaders.Tests.Shaders;

[ThreadGroupSize(64)]
public readonly partial struct ScaleAddShader : IComputeShader
{
    public readonly ReadOnlyBuffer<float> Input;
    public readonly ReadWriteBuffer<float> Output;
    public readonly float Scale;
    public readonly float Offset;

    public ScaleAddShader(ReadOnlyBuffer<float> input, ReadWriteBuffer<float> output, float scale, float offset)
    {
        Input = input;
        Output = output;
        Scale = scale;
        Offset = offset;
    }

    public void Execute()
    {
        int i = ThreadIds.X;
        Output[i] = Input[i] * Scale + Offset;
    }
}
