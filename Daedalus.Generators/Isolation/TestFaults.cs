using System;
using System.Runtime.CompilerServices;
using System.Threading;

namespace Daedalus.Generators.Isolation;

/// <summary>
/// A seam for the isolation tests: makes one stage of one type throw, as a Daedalus bug would, so a test can
/// check that the failure stays with that type. Tests reach it through <c>InternalsVisibleTo</c>; it is unset
/// in every real build, and scoped to the async flow that sets it, so parallel tests do not see each other's faults.
/// </summary>
internal static class TestFaults
{
    /// <summary>Called with the stage (<see cref="Read"/>, <see cref="Analyze"/>, <see cref="Emit"/>) and the class name.</summary>
    public static readonly AsyncLocal<Action<string, string>?> Inject = new();

    public const string Read = "read";
    public const string Analyze = "analyze";
    public const string Emit = "emit";
    public const string Catalog = "catalog";

    // Never inlined: a report names the innermost Daedalus method on the stack, and tests expect this one.
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void At(string stage, string className) => Inject.Value?.Invoke(stage, className);
}
