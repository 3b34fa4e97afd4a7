namespace Daedalus.Sqlite.Tests.Support;

/// <summary>A folder of its own under the temp directory, deleted on dispose.</summary>
public sealed class TempFolder : IDisposable
{
    public TempFolder() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "daedalus-sqlite-" + Guid.NewGuid().ToString("N")[..12]);

    /// <summary>The path of the store file the test uses.</summary>
    public string Store => File("runs.db");

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }
}
