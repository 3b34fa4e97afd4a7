using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using Daedalus.Generators.Common;
using Daedalus.Generators.Model;
using Microsoft.CodeAnalysis;

namespace Daedalus.Generators.Reading;

/// <summary>
/// The node's code hash (<c>NodeAdapter.CodeHash</c>): the first 16 bytes of a SHA-256 over the generator's version and
/// the tokens of every declaration of the node class, then of each base class declared in this compilation (whose
/// members the node runs and whose configuration it describes). Tokens carry no trivia, so comments, whitespace, line
/// endings and inactive <c>#if</c> code leave the hash alone, and any other edit changes it.
/// </summary>
/// <remarks>
/// The partial declarations of one class are hashed one by one and taken in the order of their own hashes, not of their
/// files: the compilation's file order and the files' paths differ between machines and project files, and a durable
/// store is shared by every machine that runs the graph.
/// </remarks>
internal static class NodeCodeHash
{
    public static NodeCode Of(INamedTypeSymbol type)
    {
        var definition = type.OriginalDefinition;
        using var sha = SHA256.Create();
        var text = new StringBuilder();
        Append(text, "Daedalus.Generators " + GeneratorVersion.Value);
        for (var current = definition; current is not null && current.Locations.Any(l => l.IsInSource); current = current.BaseType?.OriginalDefinition)
        {
            Append(text, "class");
            foreach (var part in Parts(current, sha).OrderBy(part => part, System.StringComparer.Ordinal)) Append(text, part);
        }
        return new NodeCode(Hex(sha.ComputeHash(Encoding.UTF8.GetBytes(text.ToString())), 16), IsGeneric(definition));
    }

    /// <summary>The hash of each declaration the user wrote (the analyzer's compilation also holds the generated ones).</summary>
    private static IEnumerable<string> Parts(INamedTypeSymbol type, HashAlgorithm sha)
    {
        foreach (var reference in type.DeclaringSyntaxReferences)
        {
            if (GeneratedTrees.IsGenerated(reference.SyntaxTree)) continue;
            var tokens = new StringBuilder();
            foreach (var token in reference.GetSyntax().DescendantTokens()) Append(tokens, token.Text);
            yield return Hex(sha.ComputeHash(Encoding.UTF8.GetBytes(tokens.ToString())), 32);
        }
    }

    /// <summary>Appends <paramref name="value"/> prefixed by its length, so that no two sequences of tokens read alike.</summary>
    private static void Append(StringBuilder text, string value) => text.Append(value.Length).Append(':').Append(value);

    /// <summary>Whether the class or a class enclosing it has type parameters: its adapter is then one per closed type.</summary>
    private static bool IsGeneric(INamedTypeSymbol type)
    {
        for (var current = type; current is not null; current = current.ContainingType)
        {
            if (current.TypeParameters.Length > 0) return true;
        }
        return false;
    }

    private static string Hex(byte[] digest, int bytes)
    {
        var hex = new StringBuilder(bytes * 2);
        for (var i = 0; i < bytes; i++) hex.Append(digest[i].ToString("x2", CultureInfo.InvariantCulture));
        return hex.ToString();
    }
}
