namespace Daedalus;

/// <summary>
/// Makes a function node's <see cref="ProcessAttribute">[Process]</see> method a filter: it takes exactly one
/// input item (plus, if it likes, a <see cref="System.Threading.CancellationToken"/> or a <c>NodeContext</c>)
/// and returns <see langword="bool"/>; the item is passed on unchanged through the output port <c>Output</c>
/// when it returns <see langword="true"/> and dropped otherwise. A dropped item is not an error: the node's
/// firings count every item it saw, its output edges the items it passed.
/// <code>
/// [Process, Filter] public bool IsError(LogLine line) => line.Status >= 500;
/// </code>
/// </summary>
[AttributeUsage(AttributeTargets.Method, Inherited = false)]
public sealed class FilterAttribute : Attribute;
