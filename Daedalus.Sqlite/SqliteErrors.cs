using Daedalus.Runtime;
using Microsoft.Data.Sqlite;

namespace Daedalus.Sqlite;

/// <summary>Turns SQLite's errors into <see cref="RunStoreException"/>s that say what is wrong with the store.</summary>
internal static class SqliteErrors
{
    private const int Busy = 5;
    private const int Locked = 6;
    private const int Corrupt = 11;
    private const int CannotOpen = 14;
    private const int NotADatabase = 26;

    public static RunStoreException Translate(string location, SqliteException error, string doing) => error.SqliteErrorCode switch
    {
        Busy or Locked => new RunStoreLockedException(location, $"the database is locked by another connection ({doing}): {error.Message}", error),
        NotADatabase => new RunStoreException(location, $"not a SQLite database ({doing}): file is not a database.", error),
        Corrupt => new RunStoreException(location, $"the database is corrupt or truncated ({doing}): {error.Message}", error),
        CannotOpen => new RunStoreException(location, $"cannot open the file ({doing}): {error.Message}", error),
        _ => new RunStoreException(location, $"SQLite failed ({doing}): {error.Message}", error),
    };
}
