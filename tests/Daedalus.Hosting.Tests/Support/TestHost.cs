using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Daedalus.Hosting.Tests.Support;

/// <summary>Generic hosts without configuration sources or console logging, logging to a <see cref="LogCollector"/>.</summary>
public static class TestHost
{
    public static IHost Build(Action<IServiceCollection> configure, LogCollector log, TimeSpan? shutdownTimeout = null)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Logging.AddProvider(log);
        builder.Logging.SetMinimumLevel(LogLevel.Debug);
        builder.Services.Configure<HostOptions>(options => options.ShutdownTimeout = shutdownTimeout ?? TimeSpan.FromMinutes(1));
        configure(builder.Services);
        return builder.Build();
    }

    public static LiveGraphs Graphs(this IHost host) => host.Services.GetRequiredService<LiveGraphs>();
}
