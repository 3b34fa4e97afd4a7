using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Daedalus.Runtime;

/// <summary>
/// Logs each warning once and counts the repeats, so that a warning raised per item (an edge dropping,
/// a slow node) writes one log line instead of millions, and the run summary can say how often it came.
/// Thread-safe: any number of threads may warn at once, and exactly one call per key logs.
/// </summary>
/// <remarks>
/// The log's lifetime is the deduplication scope: create one per run for once-per-run warnings (the
/// executor does), or keep one for the process (a static field) for warnings that say the same thing
/// every run, such as a deprecated option. Keys should come from a bounded set (a node or edge name and
/// a condition), never from item values: every distinct key is kept until the log is dropped.
/// </remarks>
public sealed class WarningLog
{
    private static readonly Action<ILogger, string, string, Exception?> LogFirst = LoggerMessage.Define<string, string>(
        LogLevel.Warning, new EventId(1, "DaedalusWarning"), "{Message} [{WarningKey}]");

    private static readonly Action<ILogger, string, string, long, Exception?> LogRepeated = LoggerMessage.Define<string, string, long>(
        LogLevel.Warning, new EventId(2, "DaedalusWarningRepeated"), "{Message} [{WarningKey}] (repeated {Repeats} times)");

    private readonly ILogger _logger;
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private long _sequence;

    /// <summary>Creates an empty log that writes to <paramref name="logger"/>.</summary>
    public WarningLog(ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(logger);
        _logger = logger;
    }

    /// <summary>
    /// Raises warning <paramref name="key"/>: logs <paramref name="message"/> the first time the key is
    /// seen, and only counts it after that.
    /// </summary>
    /// <returns>Whether this call logged.</returns>
    public bool Warn(string key, string message) => Warn(key, message, static m => m);

    /// <summary>
    /// Raises warning <paramref name="key"/>, building its message from <paramref name="argument"/> only
    /// the first time, so a repeat costs a lookup and an increment and allocates nothing.
    /// </summary>
    /// <returns>Whether this call logged.</returns>
    public bool Warn<TArgument>(string key, TArgument argument, Func<TArgument, string> message)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(message);
        if (!_entries.TryGetValue(key, out var entry))
        {
            entry = _entries.GetOrAdd(key, new Entry(message(argument), Interlocked.Increment(ref _sequence)));
        }
        if (Interlocked.Increment(ref entry.Occurrences) != 1) return false;
        LogFirst(_logger, entry.Message, key, null);
        return true;
    }

    /// <summary>How often warning <paramref name="key"/> was raised (0 when never).</summary>
    public long Occurrences(string key) => _entries.TryGetValue(key, out var entry) ? Volatile.Read(ref entry.Occurrences) : 0;

    /// <summary>Every warning raised so far, in the order each was first raised.</summary>
    public IReadOnlyList<WarningCount> Warnings =>
        _entries.Select(e => (e.Value.Sequence, Count: new WarningCount(e.Key, e.Value.Message, Volatile.Read(ref e.Value.Occurrences))))
            .Where(e => e.Count.Occurrences > 0)
            .OrderBy(e => e.Sequence)
            .Select(e => e.Count)
            .ToList();

    /// <summary>Logs one line for each warning that was repeated, with how often: call it when the scope (the run) ends.</summary>
    public void LogRepeats()
    {
        foreach (var warning in Warnings)
        {
            if (warning.Repeats > 0) LogRepeated(_logger, warning.Message, warning.Key, warning.Repeats, null);
        }
    }

    private sealed class Entry(string message, long sequence)
    {
        public readonly string Message = message;
        public readonly long Sequence = sequence;
        public long Occurrences;
    }
}
