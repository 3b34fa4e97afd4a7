namespace Daedalus;

/// <summary>
/// The method a node runs on each firing. For a function node, parameters are input ports and the
/// return value is the output port: <c>T</c> gives one output named <c>Output</c>, a named tuple one
/// output per element, <c>IEnumerable&lt;T&gt;</c>/<c>IAsyncEnumerable&lt;T&gt;</c> any number of items,
/// <c>Task</c>/<c>ValueTask</c> make the node asynchronous. A method returning <c>bool</c> with one <c>out</c>
/// parameter is a try-map (the out value is written when it returns true), one marked <see cref="FilterAttribute"/>
/// a filter, and one with <see cref="OutPort{T}"/> parameters a flat-map (it writes 0..N items per call). A parameter of type
/// <see cref="System.Threading.CancellationToken"/> receives the run's token and is not a port.
/// </summary>
[AttributeUsage(AttributeTargets.Method, Inherited = false)]
public sealed class ProcessAttribute : Attribute;
