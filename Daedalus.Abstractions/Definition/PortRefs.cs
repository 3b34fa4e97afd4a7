namespace Daedalus;

/// <summary>A typed reference to a node's input port, used only in graph definitions.</summary>
public readonly struct InputRef<T>;

/// <summary>A typed reference to a node's output port, used only in graph definitions.</summary>
public readonly struct OutputRef<T>;
