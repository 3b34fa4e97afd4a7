using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Daedalus.Generators.Shaders;

/// <summary>
/// Turns a shader struct into HLSL plus the binding/constant layout the runtime needs. Shared by the
/// generator (which uses the text) and the analyzer (which reports the problems), so they never disagree.
/// </summary>
internal sealed partial class ShaderTranspiler
{
    private readonly INamedTypeSymbol _shader;
    private readonly Compilation _compilation;
    private readonly CancellationToken _cancellation;
    private readonly Dictionary<IFieldSymbol, string> _fieldNames = new(SymbolEqualityComparer.Default);
    private readonly List<ShaderResource> _resources = [];
    private readonly List<ShaderConstant> _constants = [];
    private readonly HashSet<ITypeSymbol> _knownStructs = new(SymbolEqualityComparer.Default);
    private readonly List<string> _structs = [];
    private readonly Dictionary<IMethodSymbol, TranspiledMethod> _methods = new(SymbolEqualityComparer.Default);

    private ShaderTranspiler(INamedTypeSymbol shader, Compilation compilation, CancellationToken cancellation)
    {
        _shader = shader;
        _compilation = compilation;
        _cancellation = cancellation;
    }

    public List<ShaderProblem> Problems { get; } = [];

    public (int X, int Y, int Z) GroupSize { get; private set; } = (1, 1, 1);

    public static TranspileResult Transpile(INamedTypeSymbol shader, Compilation compilation, CancellationToken cancellation)
    {
        var transpiler = new ShaderTranspiler(shader, compilation, cancellation);
        return transpiler.Run();
    }

    private TranspileResult Run()
    {
        CheckDeclaration();
        ReadGroupSize();
        ReadFields();
        var entry = FindExecute();
        var order = new List<IMethodSymbol>();
        if (entry is not null)
        {
            TranspileReachable(entry);
            OrderCalls(entry, order, new HashSet<IMethodSymbol>(SymbolEqualityComparer.Default), new HashSet<IMethodSymbol>(SymbolEqualityComparer.Default));
        }
        var hlsl = Problems.Count == 0 && entry is not null ? Assemble(entry, order) : "";
        return new TranspileResult(hlsl, Problems, _resources, _constants, GroupSize, ConstantsSize);
    }

    public void Report(DiagnosticDescriptor descriptor, Location? location, params object[] arguments)
    {
        foreach (var existing in Problems)
        {
            if (existing.Descriptor == descriptor && existing.Location == location) return;
        }
        Problems.Add(new ShaderProblem(descriptor, location ?? FirstLocation(_shader), arguments));
    }

    private static Location? FirstLocation(ISymbol symbol) => symbol.Locations.Length > 0 ? symbol.Locations[0] : null;

    private void CheckDeclaration()
    {
        var partial = true;
        foreach (var reference in _shader.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax(_cancellation) is TypeDeclarationSyntax declaration &&
                !declaration.Modifiers.Any(m => m.ValueText == "partial"))
            {
                partial = false;
            }
        }
        for (var outer = _shader.ContainingType; outer is not null; outer = outer.ContainingType)
        {
            foreach (var reference in outer.DeclaringSyntaxReferences)
            {
                if (reference.GetSyntax(_cancellation) is TypeDeclarationSyntax declaration &&
                    !declaration.Modifiers.Any(m => m.ValueText == "partial"))
                {
                    Report(ShaderDiagnostics.NotReadOnlyPartial, FirstLocation(_shader), _shader.Name, $" and its containing type '{outer.Name}' must be partial");
                }
            }
        }
        if (!partial || !_shader.IsReadOnly)
            Report(ShaderDiagnostics.NotReadOnlyPartial, FirstLocation(_shader), _shader.Name, "");
        if (_shader.IsGenericType)
            Report(ShaderDiagnostics.UnsupportedSyntax, FirstLocation(_shader), "A generic shader struct");
    }

    private void ReadGroupSize()
    {
        var attribute = _shader.GetAttributes().FirstOrDefault(a =>
            a.AttributeClass?.Name == "ThreadGroupSizeAttribute" && KnownNames.IsInShadersNamespace(a.AttributeClass));
        var location = attribute?.ApplicationSyntaxReference?.GetSyntax(_cancellation).GetLocation() ?? FirstLocation(_shader);
        if (attribute is null)
        {
            Report(ShaderDiagnostics.ThreadGroupSize, location, _shader.Name, "add [ThreadGroupSize(x, y, z)]");
            return;
        }
        var values = attribute.ConstructorArguments.Select(a => a.Value is int v ? v : 0).ToArray();
        int x = values.Length > 0 ? values[0] : 1, y = values.Length > 1 ? values[1] : 1, z = values.Length > 2 ? values[2] : 1;
        GroupSize = (x, y, z);
        if (x < 1 || y < 1 || z < 1)
            Report(ShaderDiagnostics.ThreadGroupSize, location, _shader.Name, $"every thread-group dimension must be at least 1, got ({x}, {y}, {z})");
        else if (x > 1024 || y > 1024 || z > 64)
            Report(ShaderDiagnostics.ThreadGroupSize, location, _shader.Name, $"thread-group size ({x}, {y}, {z}) exceeds the portable limits (1024, 1024, 64)");
        else if ((long)x * y * z > 1024)
            Report(ShaderDiagnostics.ThreadGroupSize, location, _shader.Name, $"thread-group size ({x}, {y}, {z}) has {(long)x * y * z} threads; the portable limit is 1024");
        if (Problems.Count > 0 && (x < 1 || y < 1 || z < 1)) GroupSize = (1, 1, 1);
    }

    private IMethodSymbol? FindExecute() =>
        _shader.GetMembers().OfType<IMethodSymbol>().FirstOrDefault(m =>
            m.Parameters.Length == 0 && !m.IsStatic && (m.Name == "Execute" || m.Name.EndsWith(".Execute", System.StringComparison.Ordinal)));

    private void TranspileReachable(IMethodSymbol entry)
    {
        var pending = new Stack<IMethodSymbol>();
        pending.Push(entry);
        while (pending.Count > 0)
        {
            _cancellation.ThrowIfCancellationRequested();
            var method = pending.Pop();
            if (_methods.ContainsKey(method)) continue;
            var declaration = method.DeclaringSyntaxReferences
                .Select(r => r.GetSyntax(_cancellation)).OfType<BaseMethodDeclarationSyntax>()
                .FirstOrDefault(d => d.Body is not null || d.ExpressionBody is not null);
            if (declaration is null)
            {
                _methods[method] = new TranspiledMethod("", []);
                continue;
            }
            var model = _compilation.GetSemanticModel(declaration.SyntaxTree);
            var writer = new HlslBodyWriter(this, model, method);
            var isEntry = SymbolEqualityComparer.Default.Equals(method, entry);
            var text = writer.WriteFunction(declaration, isEntry ? "__Execute" : MethodName(method), isEntry);
            _methods[method] = new TranspiledMethod(text, writer.Callees.ToList());
            foreach (var callee in writer.Callees) pending.Push(callee);
        }
    }

    /// <summary>Post-order over the call graph, so HLSL sees each function before its callers; a back edge is recursion.</summary>
    private void OrderCalls(IMethodSymbol method, List<IMethodSymbol> order, HashSet<IMethodSymbol> done, HashSet<IMethodSymbol> active)
    {
        if (done.Contains(method)) return;
        if (!active.Add(method))
        {
            Report(ShaderDiagnostics.Recursion, FirstLocation(method), method.Name);
            return;
        }
        if (_methods.TryGetValue(method, out var transpiled))
        {
            foreach (var callee in transpiled.Callees) OrderCalls(callee, order, done, active);
        }
        active.Remove(method);
        done.Add(method);
        order.Add(method);
    }

    public bool IsTranspilableMethod(IMethodSymbol method) =>
        method.DeclaringSyntaxReferences.Length > 0 && method.MethodKind == MethodKind.Ordinary &&
        (method.IsStatic || SymbolEqualityComparer.Default.Equals(method.ContainingType, _shader));

    public string MethodName(IMethodSymbol method) =>
        SymbolEqualityComparer.Default.Equals(method.ContainingType, _shader)
            ? KnownNames.Escape(method.Name)
            : $"{method.ContainingType.Name}_{method.Name}";

    private sealed record TranspiledMethod(string Text, List<IMethodSymbol> Callees);
}

/// <summary>What the transpiler found; problems non-empty means <see cref="Hlsl"/> is empty.</summary>
internal sealed record TranspileResult(
    string Hlsl,
    List<ShaderProblem> Problems,
    List<ShaderResource> Resources,
    List<ShaderConstant> Constants,
    (int X, int Y, int Z) GroupSize,
    int ConstantsSize);

internal sealed record ShaderResource(string FieldName, string HlslName, string Kind, string ElementType);

internal sealed record ShaderConstant(string FieldName, string HlslName, string HlslType, ConstantSource Source, string CSharpType, int Offset);
