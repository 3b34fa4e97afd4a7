using Daedalus;

namespace AccessLog;

/// <summary>The log's lines, read lazily: the file is never held in memory.</summary>
[Node]
public sealed partial class ReadLines : ICountedSource
{
    public required string Path { get; init; }

    /// <summary>The lines the file has, when the caller knows: progress then shows "n of total".</summary>
    public long? ExpectedLines { get; init; }

    long? ICountedSource.ExpectedItems => ExpectedLines;

    [Process]
    public IEnumerable<string> Lines() => File.ReadLines(Path);
}

/// <summary>A try-map: a line that parses goes on as a <see cref="Request"/>, one that does not is dropped.</summary>
[Node]
public sealed partial class ParseRequest
{
    [Process]
    public bool TryParse(string line, out Request request) => AccessLog.Request.TryParse(line, out request);
}

/// <summary>A filter: only requests the server failed (5xx) go on.</summary>
[Node]
public sealed partial class ServerErrors
{
    [Process, Filter]
    public bool IsServerError(Request request) => request.Status >= 500;
}

/// <summary>
/// An asynchronous call per item, as a GeoIP or database lookup would be: up to 32 calls in flight at once,
/// without a thread blocked per call. Results leave in completion order (the counts do not need input order).
/// </summary>
[Node(MaxDegreeOfParallelism = 32, EnsureOrdered = false)]
public sealed partial class LookupRegion
{
    public TimeSpan Latency { get; init; } = TimeSpan.FromMilliseconds(1);

    [Process]
    public async Task<string> Lookup(Request request, CancellationToken cancellationToken)
    {
        await Task.Delay(Latency, cancellationToken).ConfigureAwait(false);
        return request.Client.StartsWith("10.", StringComparison.Ordinal) ? "internal"
            : request.Client.StartsWith("198.51.", StringComparison.Ordinal) ? "eu-west"
            : "us-east";
    }
}

/// <summary>A flat-map: one item per query parameter name (<c>?q=x&amp;page=2</c> gives <c>q</c> and <c>page</c>).</summary>
[Node]
public sealed partial class QueryParameters
{
    [Process]
    public void Split(Request request, OutPort<string> names)
    {
        foreach (var pair in request.Query.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=');
            names.Write(equals < 0 ? pair : pair[..equals]);
        }
    }
}

/// <summary>An aggregate: the bytes served in the whole run, published once the input ends.</summary>
[Node]
public sealed partial class BytesServed
{
    [Process]
    public void Add(Request request, ref long total) => total += request.Bytes;
}

/// <summary>A count window: the error rate of every 10,000 requests.</summary>
[Node]
public sealed partial class ErrorRate
{
    [Process, Window(Count = 10_000)]
    public double Rate(ReadOnlySpan<Request> requests)
    {
        var errors = 0;
        foreach (var request in requests)
        {
            if (request.Status >= 500) errors++;
        }
        return (double)errors / requests.Length;
    }
}

/// <summary>
/// A slow, CPU-bound stage (a user-agent classifier): two calls at once on the parallel and pipelined
/// executors, results in input order.
/// </summary>
[Node(MaxDegreeOfParallelism = 2)]
public sealed partial class ClassifyAgent
{
    private static readonly string[] BotMarkers = ["bot", "crawler", "spider", "curl", "python-requests"];

    [Process]
    public bool IsBot(Request request)
    {
        foreach (var marker in BotMarkers)
        {
            if (request.Agent.Contains(marker, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }
}

/// <summary>Counts each distinct item; a new run of the same graph starts from empty counts ([PerRun]).</summary>
[Node]
public sealed partial class Tally<T> where T : notnull
{
    [PerRun]
    private Dictionary<T, long> _counts = [];

    public IReadOnlyDictionary<T, long> Counts => _counts;

    [Process]
    public void Add(T item) => _counts[item] = _counts.GetValueOrDefault(item) + 1;
}

/// <summary>Keeps every item, in arrival order, for one run ([PerRun]).</summary>
[Node]
public sealed partial class Collect<T>
{
    [PerRun]
    private List<T> _items = [];

    public IReadOnlyList<T> Items => _items;

    [Process]
    public void Add(T item) => _items.Add(item);
}
