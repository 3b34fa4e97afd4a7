namespace Daedalus.Runtime;

// TEMPORARY stub until the live-catalog branch lands: every new instance counts as a new configuration.
public static class NodeConfiguration
{
    public static ulong Checksum(NodeAdapter adapter) => (ulong)System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(adapter.Node);
}
