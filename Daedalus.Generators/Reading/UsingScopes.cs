using System.Collections.Generic;
using System.Linq;
using Daedalus.Generators.Common;
using Daedalus.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Daedalus.Generators.Reading;

/// <summary>
/// The <c>extern alias</c> and <c>using</c> directives in scope at <c>Define</c>, where they are declared: node
/// expressions are copied into the generated constructor, and a directive written inside a namespace resolves
/// relative to that namespace (and takes precedence over outer ones), so the generated file repeats the
/// namespace declarations that have directives.
/// </summary>
internal static class UsingScopes
{
    public static (EquatableArray<string> Usings, EquatableArray<NamespaceBlock> Namespaces) Of(SyntaxNode define, SemanticModel model)
    {
        var unit = define.FirstAncestorOrSelf<CompilationUnitSyntax>();
        var usings = unit is null ? EquatableArray<string>.Empty : Directives(unit.Externs, unit.Usings, model).ToEquatableArray();
        var namespaces = define.Ancestors().OfType<BaseNamespaceDeclarationSyntax>().Reverse()
            .Select(ns => new NamespaceBlock(ns.Name.ToString(), Directives(ns.Externs, ns.Usings, model).ToEquatableArray()))
            .ToEquatableArray();
        return (usings, namespaces);
    }

    /// <summary>
    /// The directives as written, except global usings (in scope everywhere already) and directives that do not
    /// resolve: the user's file reports those, and a copy would report them again in the generated file.
    /// </summary>
    private static IEnumerable<string> Directives(SyntaxList<ExternAliasDirectiveSyntax> externs, SyntaxList<UsingDirectiveSyntax> usings, SemanticModel model)
    {
        foreach (var directive in externs) yield return directive.ToString();
        foreach (var directive in usings)
        {
            if (!directive.GlobalKeyword.IsKind(SyntaxKind.None)) continue;
            if (directive.SyntaxTree == model.SyntaxTree && model.GetSymbolInfo(directive.NamespaceOrType).Symbol is null) continue;
            yield return directive.ToString();
        }
    }
}
