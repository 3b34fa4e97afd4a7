using Daedalus.Hosting;
using Daedalus.Runtime;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers Daedalus live graphs as hosted services (see docs/hosting.md).</summary>
public static class LiveGraphServiceCollectionExtensions
{
    /// <summary>
    /// Registers a live graph that starts with the host and drains when it stops, reached through the
    /// <see cref="LiveGraphs"/> singleton as <c>graphs[<paramref name="name"/>]</c>.
    /// </summary>
    /// <param name="services">The host's services.</param>
    /// <param name="name">The graph's name in <see cref="LiveGraphs"/>; one registration per name.</param>
    /// <param name="build">
    /// Builds the graph when the host starts, with the host's services: resolve a node's dependencies there and pass
    /// them to its constructor. A graph that fails to build or validate fails the host's start, naming the graph.
    /// </param>
    /// <param name="options">
    /// The graph's <see cref="LiveOptions"/>, when the host starts; nodes log to the host's <see cref="ILoggerFactory"/>
    /// unless these options set their own.
    /// </param>
    /// <returns><paramref name="services"/>.</returns>
    /// <exception cref="ArgumentException">A graph is already registered as <paramref name="name"/>.</exception>
    public static IServiceCollection AddLiveGraph(
        this IServiceCollection services,
        string name,
        Func<IServiceProvider, RuntimeGraph> build,
        Func<IServiceProvider, LiveOptions>? options = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(build);
        var taken = services.Any(descriptor => descriptor.ServiceType == typeof(LiveGraphRegistration)
            && descriptor.ImplementationInstance is LiveGraphRegistration existing && existing.Name == name);
        if (taken) throw new ArgumentException($"A live graph is already registered as '{name}'.", nameof(name));

        var registration = new LiveGraphRegistration(name, build, options);
        services.AddSingleton(registration);
        services.TryAddSingleton(provider => new LiveGraphs(provider.GetServices<LiveGraphRegistration>()));
        // Not AddHostedService: it adds one service per implementation type, and every graph has its own.
        services.AddSingleton<IHostedService>(provider => new LiveGraphService(
            registration, provider, provider.GetRequiredService<LiveGraphs>(), provider.GetService<ILoggerFactory>()));
        return services;
    }
}
