namespace Daedalus.Runtime;

/// <summary>
/// Shows a run's progress on a console: one line rewritten in place (<c>\r</c>) on a terminal, one line per report
/// when the output is redirected to a file or a pipe, where carriage returns would only clutter it.
/// </summary>
/// <remarks>
/// Reports arrive from the executor's timer thread (or the compiled run's thread); writes are serialised.
/// </remarks>
public sealed class ConsoleProgress : IProgress<RunProgress>
{
    private readonly TextWriter _writer;
    private readonly bool _inPlace;
    private readonly Func<RunProgress, string> _format;
    private readonly Lock _gate = new();
    private int _width;

    /// <summary>Shows each report as <see cref="RunProgress.ToString"/> formats it, on <see cref="Console.Out"/>.</summary>
    public ConsoleProgress()
        : this(null)
    {
    }

    /// <summary>Shows each report as <paramref name="format"/> formats it.</summary>
    /// <param name="format">One line per report; <see cref="RunProgress.ToString"/> when null.</param>
    /// <param name="writer">Where to write; <see cref="Console.Out"/> when null.</param>
    /// <param name="inPlace">Whether to rewrite one line; by default, when the console output is not redirected.</param>
    public ConsoleProgress(Func<RunProgress, string>? format, TextWriter? writer = null, bool? inPlace = null)
    {
        _format = format ?? (progress => progress.ToString());
        _writer = writer ?? Console.Out;
        _inPlace = inPlace ?? (writer is null && !Console.IsOutputRedirected);
    }

    /// <inheritdoc/>
    public void Report(RunProgress value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var line = _format(value);
        lock (_gate)
        {
            if (!_inPlace)
            {
                _writer.WriteLine(line);
                return;
            }
            // Pad over what a longer previous line left on screen.
            _writer.Write("\r" + line.PadRight(_width));
            _width = line.Length;
            if (value.IsFinal) _writer.WriteLine();
            _writer.Flush();
        }
    }
}
