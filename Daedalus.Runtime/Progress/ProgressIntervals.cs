namespace Daedalus.Runtime;

/// <summary>The progress interval's one rule, for <see cref="RunOptions.ProgressInterval"/> and the compiled <c>Run(progress, interval)</c>.</summary>
internal static class ProgressIntervals
{
    public static readonly TimeSpan Default = TimeSpan.FromSeconds(1);

    /// <summary>A timer's longest period (about 49.7 days): a longer interval reports as rarely as that.</summary>
    private static readonly TimeSpan Longest = TimeSpan.FromMilliseconds(uint.MaxValue - 1);

    /// <summary>A positive <paramref name="interval"/>, at most <see cref="Longest"/>; anything else throws.</summary>
    public static TimeSpan Checked(TimeSpan interval, string parameterName) =>
        interval <= TimeSpan.Zero ? throw new ArgumentOutOfRangeException(parameterName, interval, "A progress interval must be positive.")
        : interval < Longest ? interval
        : Longest;
}
