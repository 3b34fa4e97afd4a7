using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Daedalus.Generators.Common;
using Daedalus.Generators.Isolation;
using Daedalus.Generators.Model;
using Daedalus.Generators.Reading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Daedalus.Generators.Diagnostics;

/// <summary>
/// Reports the Daedalus diagnostics. It reads <c>[Node]</c> and <c>[Graph]</c> classes with the same
/// readers and graph analysis as the generator, so the two never disagree about what is valid; the
/// generator stays silent and this analyzer turns each recorded problem into a diagnostic, including an
/// exception while reading or analysing (DAE0999). Only a failure while emitting, which happens in the
/// generator alone, is reported by the generator.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class DaedalusAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => Descriptors.All;

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterSyntaxNodeAction(AnalyzeClass, SyntaxKind.ClassDeclaration, SyntaxKind.RecordDeclaration);
        context.RegisterCompilationStartAction(RuntimeConnections.Register);
    }

    private static void AnalyzeClass(SyntaxNodeAnalysisContext context)
    {
        var declaration = (TypeDeclarationSyntax)context.Node;
        if (declaration.AttributeLists.Count == 0) return;
        try
        {
            AnalyzeType(context, declaration);
        }
        catch (Exception exception) when (InternalError.IsUnexpected(exception, context.CancellationToken))
        {
            // The readers have their own walls (Guarded); this one keeps anything else from becoming AD0001.
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.InternalError, declaration.Identifier.GetLocation(),
                InternalError.Properties(exception.ToString()), InternalError.Message($"analysing class '{declaration.Identifier.ValueText}'", exception)));
        }
    }

    private static void AnalyzeType(SyntaxNodeAnalysisContext context, TypeDeclarationSyntax declaration)
    {
        if (context.SemanticModel.GetDeclaredSymbol(declaration, context.CancellationToken) is not { } type) return;
        if (!IsFirstDeclaration(type, declaration)) return;

        var isNode = Names.HasAttribute(type, Names.NodeAttribute);
        var isGraph = Names.HasAttribute(type, Names.GraphAttribute);
        if (!isNode && !isGraph) return;

        var problems = new List<Problem>();
        if (isNode && NodeDeclarations.Unsupported(type) is { } unsupportedNode)
        {
            problems.Add(unsupportedNode);
        }
        else if (isNode)
        {
            PartialDeclarations.Check(type, "[Node]", problems);
            // Everything the generator reads for the node, so a failure in any of it is reported here, once.
            var node = Guarded.ReadNodeDeclaration(type, problems)?.Node;
            if (node is not null) CachedSinks.Check(type, node, problems);
            // A suggestion only for a node without errors: one clear diagnostic at a time.
            if (problems.Count == 0) CarriedOverFields.Check(type, context.Compilation, problems);
        }
        if (isGraph && GraphDeclarations.Unsupported(type) is { } unsupported)
        {
            problems.Add(unsupported);
        }
        else if (isGraph)
        {
            PartialDeclarations.Check(type, "[Graph]", problems);
            var graph = Guarded.ReadGraph(type, context.SemanticModel, context.CancellationToken);
            problems.AddRange(Guarded.Analyze(graph, Guarded.LocationOf(type)).Problems);
        }
        foreach (var problem in problems)
        {
            Report(context, problem);
        }
    }

    /// <summary>
    /// A partial class has several declarations, each with attributes triggering this action; read the type once, on
    /// the first of those the compiler lists (source files come before generated ones). A declaration without
    /// attributes never gets here, so it cannot be the one: <c>[Node]</c> may be on any part.
    /// </summary>
    private static bool IsFirstDeclaration(INamedTypeSymbol type, TypeDeclarationSyntax declaration)
    {
        var first = type.DeclaringSyntaxReferences.FirstOrDefault(r => r.GetSyntax() is TypeDeclarationSyntax { AttributeLists.Count: > 0 });
        return first is null || (first.SyntaxTree == declaration.SyntaxTree && first.Span == declaration.Span);
    }

    private static void Report(SyntaxNodeAnalysisContext context, Problem problem)
    {
        if (Descriptors.For(problem.Id) is not { } descriptor) return;
        var properties = problem.Exception is { } exception ? InternalError.Properties(exception) : null;
        context.ReportDiagnostic(Diagnostic.Create(descriptor, ToLocation(context.Compilation, problem.Location), properties, problem.Message));
    }

    /// <summary>
    /// Maps the plain location back into the compilation's syntax tree, so the diagnostic is a source
    /// diagnostic (squiggles, <c>#pragma warning</c> and per-file <c>.editorconfig</c> all apply).
    /// </summary>
    private static Location ToLocation(Compilation compilation, LocationInfo? location)
    {
        if (location is null) return Location.None;
        var tree = compilation.SyntaxTrees.FirstOrDefault(t => t.FilePath == location.FilePath);
        return tree is not null && location.Span.End <= tree.Length
            ? Location.Create(tree, location.Span)
            : location.ToLocation();
    }
}
