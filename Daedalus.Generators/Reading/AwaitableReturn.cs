using Microsoft.CodeAnalysis;

namespace Daedalus.Generators.Reading;

/// <summary>Unwraps <c>Task</c>, <c>Task&lt;T&gt;</c>, <c>ValueTask</c> and <c>ValueTask&lt;T&gt;</c> return types.</summary>
internal static class AwaitableReturn
{
    /// <summary>
    /// Whether <paramref name="type"/> is one of the task types; <paramref name="result"/> is the awaited
    /// value's type, or null for <c>Task</c>/<c>ValueTask</c>.
    /// </summary>
    public static bool TryUnwrap(ITypeSymbol type, out ITypeSymbol? result)
    {
        result = null;
        if (Names.IsNamed(type, "System.Threading.Tasks.Task") || Names.IsNamed(type, "System.Threading.Tasks.ValueTask"))
        {
            return true;
        }
        if ((Names.IsNamed(type, "System.Threading.Tasks.Task`1") || Names.IsNamed(type, "System.Threading.Tasks.ValueTask`1"))
            && type is INamedTypeSymbol { TypeArguments.Length: 1 } generic)
        {
            result = generic.TypeArguments[0];
            return true;
        }
        return false;
    }

    public static bool IsVoidLike(ITypeSymbol type) =>
        type.SpecialType == SpecialType.System_Void || (TryUnwrap(type, out var result) && result is null);
}
