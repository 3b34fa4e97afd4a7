using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using Daedalus.Runtime;

namespace Daedalus.Sqlite;

/// <summary>
/// Holds one run exclusively, across processes: an exclusive OS lock on a lock file in the <c>.locks</c> folder next
/// to the database, named from a hash of the run id. .NET opens a file with <see cref="FileShare.None"/> under
/// <c>flock(LOCK_EX)</c> on Unix and a share-mode lock on Windows; the OS drops either when the holder's process dies,
/// even by SIGKILL, so a crashed run is never left locked. (Setting DOTNET_SYSTEM_IO_DISABLEFILELOCKING switches the
/// Unix lock off, and with it this exclusion.) Lock files are not deleted: deleting one while another
/// process is about to lock it would let two processes hold "the" lock on two different files.
/// </summary>
internal sealed class RunLock : IDisposable
{
    private static readonly TimeSpan RetryInterval = TimeSpan.FromMilliseconds(50);
    private readonly FileStream _file;

    private RunLock(FileStream file) => _file = file;

    public string Path => _file.Name;

    public static string PathFor(string databasePath, string runId)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(runId)).AsSpan(0, 16));
        return System.IO.Path.Combine(databasePath + ".locks", hash + ".lock");
    }

    public static RunLock Acquire(string databasePath, string runId, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var path = PathFor(databasePath, runId);
        try
        {
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            throw new RunStoreException(databasePath, $"cannot create the lock folder for run '{runId}': {error.Message}", error);
        }
        var waited = Stopwatch.StartNew();
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                return new RunLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.None));
            }
            catch (IOException error) when (error is not FileNotFoundException and not DirectoryNotFoundException)
            {
                if (waited.Elapsed >= timeout)
                {
                    var after = timeout > TimeSpan.Zero ? $" after waiting {timeout.TotalSeconds:0.###} s" : "";
                    throw new RunStoreLockedException(databasePath, $"run '{runId}' is open in another session (lock file '{path}' is held){after}.", error);
                }
            }
            catch (UnauthorizedAccessException error)
            {
                throw new RunStoreException(databasePath, $"cannot open the lock file '{path}' of run '{runId}': {error.Message}", error);
            }
            cancellationToken.WaitHandle.WaitOne(RetryInterval);
        }
    }

    public void Dispose() => _file.Dispose();
}
