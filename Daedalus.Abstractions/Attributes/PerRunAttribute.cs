namespace Daedalus;

/// <summary>
/// Marks a node field as state of one run: the generated code sets it back to its initializer (a literal,
/// <c>default</c>, <c>new()</c>, <c>new T(literals)</c> of the field's own type, or <c>[]</c>; <c>default</c> without one) at
/// the start of every run of the node, before its <c>[Initialize]</c> hook, on every executor and in the compiled
/// <c>Run()</c>. Without it, a field the process method writes carries its value over to the next run of the same
/// instance (DAE0018 suggests the attribute). A static, readonly or const field, or an initializer the generated code
/// cannot repeat, is DAE0019.
/// </summary>
[AttributeUsage(AttributeTargets.Field, Inherited = false)]
public sealed class PerRunAttribute : Attribute;
