using System.Diagnostics;

namespace Daedalus.Sqlite.Tests.Support;

/// <summary>
/// The Daedalus.Sqlite.LockHolder program running as a child process: it opens a run, commits node "held", and holds
/// the run until its standard input closes (<see cref="Release"/>) or it is killed (<see cref="Kill"/>).
/// </summary>
public sealed class LockHolderProcess : IDisposable
{
    private readonly Process _process;

    private LockHolderProcess(Process process) => _process = process;

    public int Id => _process.Id;

    /// <summary>Starts the holder and waits until it holds the run.</summary>
    public static LockHolderProcess Start(string store, string runId, string graph)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { ChildPrograms.Find("Daedalus.Sqlite.LockHolder"), store, runId, graph }) start.ArgumentList.Add(argument);
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        var process = Process.Start(start)!;
        var holder = new LockHolderProcess(process);
        var line = process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(60)).GetAwaiter().GetResult();
        if (line != "holding")
        {
            holder.Kill();
            throw new InvalidOperationException($"The lock holder did not hold the run: '{line}' {process.StandardError.ReadToEnd()}");
        }
        return holder;
    }

    /// <summary>SIGKILL: the process ends without disposing anything.</summary>
    public void Kill()
    {
        _process.Kill();
        _process.WaitForExit();
    }

    /// <summary>Closes the holder's input, so it disposes its session and store and exits; returns what it printed last.</summary>
    public string Release()
    {
        _process.StandardInput.Close();
        var rest = _process.StandardOutput.ReadToEnd();
        if (!_process.WaitForExit(TimeSpan.FromSeconds(30))) throw new TimeoutException("The lock holder did not exit.");
        return rest.Trim();
    }

    public void Dispose()
    {
        if (!_process.HasExited) Kill();
        _process.Dispose();
    }
}
