using System.Runtime.ExceptionServices;

namespace Daedalus.Runtime;

/// <summary>Rethrowing an exception caught on one thread or in one place where it is reported.</summary>
internal static class RunFailures
{
    /// <summary>Rethrows, keeping the original stack trace.</summary>
    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    public static void Throw(Exception failure) => ExceptionDispatchInfo.Capture(failure).Throw();
}
