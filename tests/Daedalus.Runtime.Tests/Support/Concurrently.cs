using System.Collections.Concurrent;
using System.Diagnostics;

namespace Daedalus.Runtime.Tests;

/// <summary>
/// Runs test bodies on threads of their own with a deadline, so a deadlock or a lost wake-up fails
/// the test instead of hanging the run. Each body gets a token that is cancelled when another body
/// fails or the deadline passes; threads are background threads, so a stuck one cannot keep the
/// test process alive.
/// </summary>
internal static class Concurrently
{
    /// <summary>
    /// Generous: only there to turn a hang into a failure. The tests are sized to take a few seconds on a
    /// loaded 2-core machine; nothing asserts how fast they are.
    /// </summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromMinutes(2);

    public static void Run(params Action<CancellationToken>[] bodies) => Run(DefaultTimeout, bodies);

    public static void Run(TimeSpan timeout, params Action<CancellationToken>[] bodies)
    {
        // Not disposed: after a timeout, stuck threads still hold its token.
        var stop = new CancellationTokenSource();
        var failures = new ConcurrentQueue<Exception>();
        var threads = bodies.Select((body, index) => new Thread(() =>
        {
            try
            {
                body(stop.Token);
            }
            catch (Exception error)
            {
                failures.Enqueue(error);
                stop.Cancel();
            }
        })
        { IsBackground = true, Name = $"test body {index}" }).ToArray();

        foreach (var thread in threads) thread.Start();
        var clock = Stopwatch.StartNew();
        foreach (var thread in threads)
        {
            var left = timeout - clock.Elapsed;
            if (left > TimeSpan.Zero && thread.Join(left)) continue;
            stop.Cancel();
            Assert.Fail($"'{thread.Name}' was still running after {timeout.TotalSeconds} s: a deadlock or a lost wake-up. Failures so far: {string.Join("; ", failures.Select(f => f.Message))}");
        }
        if (!failures.IsEmpty) throw new AggregateException(failures);
    }
}
