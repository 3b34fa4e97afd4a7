namespace Daedalus;

/// <summary>An output port: a <c>partial</c> get-only property of type <see cref="OutPort{T}"/>.</summary>
[AttributeUsage(AttributeTargets.Property, Inherited = false)]
public sealed class OutputAttribute : Attribute;
