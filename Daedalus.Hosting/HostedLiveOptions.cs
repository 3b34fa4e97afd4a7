using Daedalus.Runtime;
using Microsoft.Extensions.Logging;

namespace Daedalus.Hosting;

/// <summary>The options a hosted graph starts with: the user's, logging to the host's logger factory unless they chose one.</summary>
internal static class HostedLiveOptions
{
    public static LiveOptions WithLogging(LiveOptions options, ILoggerFactory? hostLoggerFactory) =>
        options.LoggerFactory is not null || hostLoggerFactory is null
            ? options
            // Every property of LiveOptions is carried over; a test fails when LiveOptions gains one not copied here.
            : new LiveOptions
            {
                Modes = options.Modes,
                Retry = options.Retry,
                Metadata = options.Metadata,
                Workers = options.Workers,
                LoggerFactory = hostLoggerFactory,
            };
}
