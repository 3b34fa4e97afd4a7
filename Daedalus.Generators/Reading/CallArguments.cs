using System;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Daedalus.Generators.Reading;

/// <summary>
/// Matches the arguments of a call in <c>Define</c> to parameters the way C# does: a named argument goes to the
/// parameter it names, a positional one to the parameter in its position. The reader works on syntax (the
/// generated <c>Ports</c> types do not exist yet, so the compiler cannot bind the call for it).
/// </summary>
internal static class CallArguments
{
    /// <summary>
    /// The argument given for each of <paramref name="parameters"/>, in their order (null where none is given),
    /// or null when an argument names no parameter, repeats one, or is one too many: the compiler reports those.
    /// </summary>
    public static ExpressionSyntax?[]? Bind(ArgumentListSyntax list, params string[] parameters)
    {
        var bound = new ExpressionSyntax?[parameters.Length];
        var arguments = list.Arguments;
        for (var i = 0; i < arguments.Count; i++)
        {
            var index = arguments[i].NameColon is { } name ? Array.IndexOf(parameters, name.Name.Identifier.ValueText) : i;
            if (index < 0 || index >= parameters.Length || bound[index] is not null) return null;
            bound[index] = arguments[i].Expression;
        }
        return bound;
    }
}
