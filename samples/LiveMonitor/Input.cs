using System.Runtime.CompilerServices;

namespace LiveMonitor;

/// <summary>Where commands come from: a script file, or the console as the user types.</summary>
public static class Input
{
    /// <summary>The lines of <paramref name="script"/>, or of the console when null, until they end or <paramref name="stopping"/> is cancelled.</summary>
    public static async IAsyncEnumerable<string> Lines(string? script, [EnumeratorCancellation] CancellationToken stopping)
    {
        using var reader = script is null ? null : new StreamReader(script);
        while (!stopping.IsCancellationRequested)
        {
            string? line;
            try
            {
                // The console cannot be read with a token: a pending read is left behind when the graph stops.
                line = reader is null
                    ? await Task.Run(Console.ReadLine, CancellationToken.None).WaitAsync(stopping).ConfigureAwait(false)
                    : await reader.ReadLineAsync(stopping).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                yield break;
            }
            if (line is null) yield break;
            yield return line;
        }
    }
}
