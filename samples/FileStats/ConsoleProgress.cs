using Daedalus.Runtime;

namespace FileStats;

/// <summary>
/// Shows a run's progress: one line rewritten in place (<c>\r</c>) on a terminal, one line per report when the
/// output is redirected to a file or a pipe, where carriage returns would only clutter it.
/// </summary>
public sealed class ConsoleProgress : IProgress<RunProgress>
{
    private readonly bool _inPlace = !Console.IsOutputRedirected;
    private readonly Lock _gate = new();
    private int _width;

    public void Report(RunProgress value)
    {
        var line = value.ToString();
        lock (_gate)
        {
            if (!_inPlace)
            {
                Console.WriteLine(line);
                return;
            }
            // Pad over what a longer previous line left on screen.
            Console.Write("\r" + line.PadRight(_width));
            _width = line.Length;
            if (value.IsFinal) Console.WriteLine();
        }
    }
}
