using System.Text;

namespace Daedalus.Sqlite.CrashChild;

/// <summary>
/// Appends "session node" to the journal file when a node starts, with one write call per line and no buffer in the
/// process, so every line written before a SIGKILL is in the file.
/// </summary>
public static class Journal
{
    private static readonly Lock Gate = new();
    private static FileStream? _file;
    private static string _session = "0";

    public static void Open(string path, string session)
    {
        _file = new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.ReadWrite, bufferSize: 0);
        _session = session;
    }

    public static void Started(string node)
    {
        var line = Encoding.UTF8.GetBytes($"{_session} {node}\n");
        lock (Gate) _file?.Write(line);
    }
}
