using Daedalus.Runtime;

namespace Daedalus.Hosting;

/// <summary>One <c>AddLiveGraph</c> call: the graph's name in <see cref="LiveGraphs"/>, and how to build and run it.</summary>
internal sealed record LiveGraphRegistration(
    string Name,
    Func<IServiceProvider, RuntimeGraph> Build,
    Func<IServiceProvider, LiveOptions>? Options);
