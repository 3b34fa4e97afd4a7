namespace Daedalus.Runtime;

/// <summary>
/// Retries a failed firing of a function or sink node with the same inputs: up to
/// <see cref="MaxAttempts"/> attempts in all, waiting <see cref="Backoff"/> before the second and
/// multiplying the wait by <see cref="BackoffMultiplier"/> each time after. Opt-in, per node, through
/// <see cref="RunOptions"/>. Sources and port nodes are never retried: their inputs are not replayable.
/// </summary>
public sealed record RetryPolicy
{
    /// <summary>Creates a policy of <paramref name="maxAttempts"/> attempts in all.</summary>
    public RetryPolicy(int maxAttempts, TimeSpan backoff = default, double backoffMultiplier = 2)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxAttempts, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(backoff, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThan(backoffMultiplier, 1.0);
        MaxAttempts = maxAttempts;
        Backoff = backoff;
        BackoffMultiplier = backoffMultiplier;
    }

    /// <summary>Attempts in all, the first included.</summary>
    public int MaxAttempts { get; }

    /// <summary>The wait before the second attempt.</summary>
    public TimeSpan Backoff { get; }

    /// <summary>How much longer each later wait is than the one before.</summary>
    public double BackoffMultiplier { get; }

    /// <summary>Which errors are transient; every error but cancellation when <see langword="null"/>.</summary>
    public Func<Exception, bool>? RetryOn { get; init; }

    /// <summary>Whether a firing whose attempt <paramref name="attempt"/> threw <paramref name="error"/> gets another attempt.</summary>
    public bool Allows(Exception error, int attempt) => attempt < MaxAttempts && (RetryOn?.Invoke(error) ?? true);

    /// <summary>The wait before attempt <paramref name="attempt"/> (2 or more).</summary>
    public TimeSpan DelayBefore(int attempt) =>
        Backoff <= TimeSpan.Zero ? TimeSpan.Zero : TimeSpan.FromTicks((long)(Backoff.Ticks * Math.Pow(BackoffMultiplier, Math.Max(0, attempt - 2))));
}
