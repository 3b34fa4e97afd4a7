using Daedalus;

namespace Daedalus.Tests.Nodes;

/// <summary>
/// Squares plus <see cref="Offset"/>, with up to 4 calls in flight, each held until <see cref="Open"/> is called, so a
/// test can edit a live graph while calls are in flight.
/// </summary>
[Node(MaxDegreeOfParallelism = 4)]
public sealed partial class HeldSquare
{
    private readonly TaskCompletionSource _gate = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public int Offset { get; init; }

    public InFlightCounter InFlight { get; } = new();

    public int Started => Volatile.Read(ref _started);

    private int _started;

    public void Open() => _gate.TrySetResult();

    [Process]
    public async Task<int> Run(int value, CancellationToken token)
    {
        Interlocked.Increment(ref _started);
        InFlight.Enter();
        try
        {
            await _gate.Task.WaitAsync(TimeSpan.FromSeconds(30), token).ConfigureAwait(false);
            return value * value + Offset;
        }
        finally
        {
            InFlight.Leave();
        }
    }
}
