namespace Daedalus.Runtime.Tests.Execution;

// Port classes as the generator emits them: references built from the owner the graph hands in.

public sealed class SourcePorts(object owner)
{
    public OutputRef<long> Output { get; } = new(owner, "Output");
}

public sealed class MapPorts(object owner)
{
    public InputRef<long> In { get; } = new(owner, "In");

    public OutputRef<long> Out { get; } = new(owner, "Out");
}

public sealed class ZipPorts(object owner)
{
    public InputRef<long> Left { get; } = new(owner, "Left");

    public InputRef<long> Right { get; } = new(owner, "Right");

    public OutputRef<long> Out { get; } = new(owner, "Out");
}

public sealed class SinkPorts(object owner)
{
    public InputRef<long> In { get; } = new(owner, "In");
}

public sealed class RouterPorts(object owner)
{
    public InputRef<long> In { get; } = new(owner, "In");

    public OutputRef<long> Even { get; } = new(owner, "Even");

    public OutputRef<long> Odd { get; } = new(owner, "Odd");
}

public sealed class TextSinkPorts(object owner)
{
    public InputRef<string> In { get; } = new(owner, "In");
}
