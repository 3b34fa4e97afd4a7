using Microsoft.Extensions.Logging;

namespace Daedalus.Runtime.Tests;

/// <summary>One line a <see cref="CapturingLogger"/> received.</summary>
public sealed record LoggedLine(LogLevel Level, EventId Event, string Text, IReadOnlyDictionary<string, object?> Values);

/// <summary>A logger that keeps every line, with its structured values, for assertions.</summary>
public sealed class CapturingLogger : ILogger
{
    private readonly List<LoggedLine> _lines = [];

    /// <summary>Every line logged so far.</summary>
    public IReadOnlyList<LoggedLine> Lines
    {
        get { lock (_lines) return [.. _lines]; }
    }

    public IDisposable BeginScope<TState>(TState state) => NoScope.Instance;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        var values = state is IEnumerable<KeyValuePair<string, object?>> pairs
            ? pairs.ToDictionary(p => p.Key, p => p.Value)
            : new Dictionary<string, object?>();
        lock (_lines) _lines.Add(new LoggedLine(logLevel, eventId, formatter(state, exception), values));
    }
}

/// <summary>The scope a <see cref="CapturingLogger"/> hands out: it keeps none.</summary>
internal sealed class NoScope : IDisposable
{
    public static readonly NoScope Instance = new();

    public void Dispose() { }
}
