namespace Daedalus.Hosting.Tests.Support;

/// <summary>A service from the host's container.</summary>
public sealed record Offset(long Value);

/// <summary>A node with a constructor dependency, built in the build callback with the host's services.</summary>
[Node]
public sealed partial class AddOffset(Offset offset)
{
    [Process] public long Run(long value) => value + offset.Value;
}
