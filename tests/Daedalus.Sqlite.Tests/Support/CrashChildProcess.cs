using System.Diagnostics;

namespace Daedalus.Sqlite.Tests.Support;

/// <summary>The Daedalus.Sqlite.CrashChild program: a durable run of a DAG in a child process, to kill with SIGKILL.</summary>
public sealed class CrashChildProcess : IDisposable
{
    private readonly Process _process;
    private readonly List<string> _lines = [];
    private readonly ManualResetEventSlim _started = new();
    private readonly Task<string> _error;

    private CrashChildProcess(Process process)
    {
        _process = process;
        process.OutputDataReceived += (_, line) =>
        {
            if (line.Data is null) return;
            lock (_lines) _lines.Add(line.Data);
            if (line.Data == "started") _started.Set();
        };
        process.BeginOutputReadLine();
        _error = process.StandardError.ReadToEndAsync();
    }

    /// <summary>Starts the child with <paramref name="arguments"/> (see its Program.cs).</summary>
    public static CrashChildProcess Start(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(ChildPrograms.Find("Daedalus.Sqlite.CrashChild"));
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        return new CrashChildProcess(Process.Start(start)!);
    }

    /// <summary>Runs the child to its end and returns its "result:" line; throws with its output when it fails.</summary>
    public static string Run(params string[] arguments)
    {
        using var child = Start(arguments);
        return child.WaitForResult();
    }

    public bool HasExited => _process.HasExited;

    /// <summary>Waits until the child opened its store and starts running the graph (or ended).</summary>
    public void WaitUntilStarted()
    {
        while (!_started.Wait(TimeSpan.FromMilliseconds(50)))
        {
            if (_process.HasExited) return;
        }
    }

    /// <summary>SIGKILL, unless it ended already; whether it was still running.</summary>
    public bool Kill()
    {
        var running = !_process.HasExited;
        if (running) _process.Kill();
        _process.WaitForExit();
        return running;
    }

    /// <summary>Waits for the child to end on its own; its "result:" line.</summary>
    public string WaitForResult()
    {
        if (!_process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            Kill();
            throw new TimeoutException("The crash child did not finish in 5 minutes.");
        }
        _process.WaitForExit();
        string output;
        lock (_lines) output = string.Join('\n', _lines);
        var line = output.Split('\n').FirstOrDefault(l => l.StartsWith("result: ", StringComparison.Ordinal));
        if (_process.ExitCode != 0 || line is null)
            throw new InvalidOperationException($"The crash child exited with {_process.ExitCode}: {output} {_error.GetAwaiter().GetResult()}");
        return line.Trim();
    }

    public void Dispose()
    {
        Kill();
        _process.Dispose();
        _started.Dispose();
    }
}
