namespace Daedalus.Runtime;

/// <summary>
/// A run store cannot be used: corrupt, truncated, of a newer schema, not a store at all, or missing something it
/// recorded. The message names the store's location and what is wrong; nothing was started afresh.
/// </summary>
public class RunStoreException : Exception
{
    /// <summary>Creates the exception for the store at <paramref name="location"/>.</summary>
    public RunStoreException(string location, string message, Exception? inner = null)
        : base($"Run store '{location}': {message}", inner) => Location = location;

    /// <summary>Where the store is.</summary>
    public string Location { get; }
}

/// <summary>Another session (in this process or another) holds the run, or the store itself is locked.</summary>
public sealed class RunStoreLockedException(string location, string message, Exception? inner = null)
    : RunStoreException(location, message, inner);
