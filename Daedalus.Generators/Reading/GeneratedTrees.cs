using Microsoft.CodeAnalysis;

namespace Daedalus.Generators.Reading;

/// <summary>
/// Tells the user's declarations from the generator's: the analyzer sees the compilation with the generated files
/// (a graph's node properties, a node's <c>Ports</c>), and must not take those for members the user declared.
/// </summary>
internal static class GeneratedTrees
{
    /// <summary>Generated files are added under <c>{assembly}/{generator type}/{hint name}</c>.</summary>
    private static readonly string Folder = typeof(DaedalusGenerator).FullName + "/";

    public static bool IsGenerated(SyntaxTree tree) => tree.FilePath.Replace('\\', '/').Contains(Folder);

    /// <summary>Whether the user declared <paramref name="member"/> (anywhere but in a Daedalus-generated file).</summary>
    public static bool IsDeclaredByUser(ISymbol member)
    {
        if (member.IsImplicitlyDeclared) return false;
        foreach (var reference in member.DeclaringSyntaxReferences)
        {
            if (!IsGenerated(reference.SyntaxTree)) return true;
        }
        return member.DeclaringSyntaxReferences.Length == 0;
    }
}
