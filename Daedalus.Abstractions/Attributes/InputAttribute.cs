namespace Daedalus;

/// <summary>
/// An input port: a <see cref="ProcessAttribute"/> method parameter (optional there, every
/// parameter is an input) or a <c>partial</c> get-only property of type <see cref="InPort{T}"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter | AttributeTargets.Property, Inherited = false)]
public sealed class InputAttribute : Attribute;
