using Daedalus;
using Daedalus.Shaders;

namespace Quickstart;

/// <summary>Port node on the CPU: one sensor's readings, cut into windows of an hour.</summary>
[Node]
public sealed partial class HourlyWindows
{
    private readonly List<float> _current = [];

    public string Sensor { get; init; } = "";

    [Input] public partial InPort<Reading> Reading { get; }
    [Output] public partial OutPort<float[]> Output { get; }

    [Process]
    public void Cut()
    {
        while (Reading.TryRead(out var reading))
        {
            if (reading.Sensor != Sensor) continue;
            _current.Add((float)reading.Celsius);
            if (_current.Count < 60) continue;
            Output.Write([.. _current]);
            _current.Clear();
        }
    }
}

/// <summary>First GPU node: uploads a window to the segment's device and normalises it there, in place.</summary>
[Node(Placement = NodePlacement.GpuPreferred)]
public sealed partial class Normalise
{
    public float Baseline { get; init; }

    public float Scale { get; init; } = 1f;

    [Process]
    public ReadWriteBuffer<float> Run(float[] window, GraphicsDevice device)
    {
        var samples = device.AllocateReadWriteBuffer<float>(window);
        device.Dispatch(new NormaliseShader(samples, Baseline, Scale), samples.Length);
        return samples;   // stays on the device: the next GPU node receives this buffer
    }
}

/// <summary>Last GPU node: a 5-sample moving average on the device, then the one read-back of the segment.</summary>
[Node(Placement = NodePlacement.GpuPreferred)]
public sealed partial class Smooth
{
    [Process]
    public float[] Run(ReadWriteBuffer<float> samples, GraphicsDevice device)
    {
        using (samples)
        {
            using var smoothed = device.AllocateReadWriteBuffer<float>(samples.Length);
            device.Dispatch(new MovingAverageShader(samples, smoothed, 2), samples.Length);
            return smoothed.ToArray();
        }
    }
}

/// <summary>CPU sink: the highest smoothed value of each hour.</summary>
[Node]
public sealed partial class Peaks
{
    public List<float> ByHour { get; } = [];

    [Process]
    public void Add(float[] window) => ByHour.Add(window.Max());
}

/// <summary>(x - baseline) * scale, in place.</summary>
[ThreadGroupSize(64)]
public readonly partial struct NormaliseShader(ReadWriteBuffer<float> samples, float baseline, float scale) : IComputeShader
{
    private readonly ReadWriteBuffer<float> _samples = samples;
    private readonly float _baseline = baseline;
    private readonly float _scale = scale;

    public void Execute() => _samples[ThreadIds.X] = (_samples[ThreadIds.X] - _baseline) * _scale;
}

/// <summary>The mean of the samples within <c>radius</c> of each one (fewer at the window's edges).</summary>
[ThreadGroupSize(64)]
public readonly partial struct MovingAverageShader(ReadWriteBuffer<float> input, ReadWriteBuffer<float> output, int radius) : IComputeShader
{
    private readonly ReadWriteBuffer<float> _input = input;
    private readonly ReadWriteBuffer<float> _output = output;
    private readonly int _radius = radius;

    public void Execute()
    {
        var i = ThreadIds.X;
        var sum = 0f;
        var count = 0;
        for (var j = Hlsl.Max(0, i - _radius); j <= Hlsl.Min(_input.Length - 1, i + _radius); j++)
        {
            sum += _input[j];
            count++;
        }
        _output[i] = sum / count;
    }
}
