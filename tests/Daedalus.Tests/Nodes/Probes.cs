using Daedalus;

namespace Daedalus.Tests.Nodes;

/// <summary>Fails each item's first <see cref="FailuresPerItem"/> attempts, then doubles it: a transient fault.</summary>
[Node]
public sealed partial class Flaky
{
    private int _failedForItem;

    public int FailuresPerItem { get; init; } = 2;

    public int Attempts { get; private set; }

    [Process]
    public int Run(int value)
    {
        Attempts++;
        if (_failedForItem < FailuresPerItem)
        {
            _failedForItem++;
            throw new TimeoutException($"attempt {Attempts} for {value} timed out");
        }
        _failedForItem = 0;
        return value * 2;
    }
}

/// <summary>Records the tokens its hook and process method receive.</summary>
[Node]
public sealed partial class TokenProbe
{
    public CancellationToken Initialized { get; private set; }

    public CancellationToken Processed { get; private set; }

    [Initialize]
    public Task StartAsync(CancellationToken cancellationToken)
    {
        Initialized = cancellationToken;
        return Task.CompletedTask;
    }

    [Process]
    public async ValueTask<int> Run(int value, CancellationToken cancellationToken)
    {
        await Task.Yield();
        Processed = cancellationToken;
        return value;
    }
}
