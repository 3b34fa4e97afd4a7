namespace Daedalus.Sqlite;

/// <summary>How a <see cref="SqliteRunStore"/> opens its file and its runs.</summary>
public sealed record SqliteRunStoreOptions
{
    /// <summary>
    /// How long a write waits while another connection (in this process or another) writes to the same file, before
    /// it throws <see cref="Daedalus.Runtime.RunStoreLockedException"/>; whole seconds, at least one. Five seconds by default.
    /// </summary>
    public TimeSpan BusyTimeout
    {
        get;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(value, TimeSpan.Zero);
            field = value;
        }
    } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// How long <see cref="SqliteRunStore.OpenRun"/> waits for a run that another session holds; zero (the default)
    /// throws <see cref="Daedalus.Runtime.RunStoreLockedException"/> at once.
    /// </summary>
    public TimeSpan RunLockTimeout
    {
        get;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, TimeSpan.Zero);
            field = value;
        }
    } = TimeSpan.Zero;

    /// <summary>
    /// Whether opening runs SQLite's <c>PRAGMA quick_check</c> over the whole file, so a damaged store fails when it is
    /// opened rather than when a damaged page is read. On by default; it reads every page once.
    /// </summary>
    public bool VerifyOnOpen { get; init; } = true;
}
