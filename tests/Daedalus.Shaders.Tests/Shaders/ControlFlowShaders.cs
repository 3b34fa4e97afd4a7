using Daedalus.Shaders;

namespace Daedalus.Shaders.Tests.Shaders;

/// <summary>Loops, branches and helper methods (static, instance, ref/out, calling each other).</summary>
[ThreadGroupSize(16)]
public readonly partial struct CollatzShader(ReadWriteBuffer<int> steps, int limit) : IComputeShader
{
    private readonly ReadWriteBuffer<int> _steps = steps;
    private readonly int _limit = limit;

    public void Execute()
    {
        int n = ThreadIds.X + 1;
        int count = 0;
        while (n != 1 && count < _limit)
        {
            n = Next(n);
            count++;
        }
        int bonus;
        Classify(count, out bonus);
        for (int i = 0; i < 3; i++)
        {
            if (i == 1) continue;
            bonus += i;
        }
        do { bonus++; } while (bonus < 2);
        _steps[ThreadIds.X] = count * 100 + bonus;
    }

    private static int Next(int n) => IsEven(n) ? n / 2 : 3 * n + 1;

    private static bool IsEven(int n) => (n & 1) == 0;

    private void Classify(int count, out int result)
    {
        if (count > _limit / 2) result = 7;
        else if (count > 10) result = 3;
        else result = 1;
    }
}

/// <summary>User structs in buffers and locals.</summary>
public struct Particle
{
    public float4 Position;
    public float2 Velocity;
    public float Mass;
    public int Id;
}

[ThreadGroupSize(8)]
public readonly partial struct ParticleShader(ReadWriteBuffer<Particle> particles, float dt) : IComputeShader
{
    private readonly ReadWriteBuffer<Particle> _particles = particles;
    private readonly float _dt = dt;

    public void Execute()
    {
        int i = ThreadIds.X;
        if (i >= _particles.Length) return;
        Particle p = _particles[i];
        Particle q = default;
        q.Mass = p.Mass * 2f;
        q.Id = p.Id + 1000;
        q.Velocity = p.Velocity * 0.5f;
        q.Position = new float4(p.Position.XY + p.Velocity * _dt, p.Position.Z, 1f / p.Mass);
        _particles[i] = q;
    }
}
