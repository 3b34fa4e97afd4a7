using Microsoft.CodeAnalysis;

namespace Daedalus.Generators.Shaders;

/// <summary>A reason a shader cannot be transpiled; the analyzer reports it, the generator only counts it.</summary>
internal sealed class ShaderProblem(DiagnosticDescriptor descriptor, Location? location, params object[] arguments)
{
    public DiagnosticDescriptor Descriptor { get; } = descriptor;

    public Location? Location { get; } = location;

    public object[] Arguments { get; } = arguments;

    public Diagnostic ToDiagnostic() => Diagnostic.Create(Descriptor, Location, Arguments);
}
