using Daedalus;

namespace AccessLog;

/// <summary>
/// lines → requests → five analyses of the same requests: server errors by region (an async lookup with many
/// calls in flight), query parameters (a flat-map), bytes served (an aggregate), error rate per 10,000 requests
/// (a window) and bots (a parallel stage). No port node; every edge is bounded by the graph's default.
/// </summary>
[Graph]
public sealed partial class AccessLogAnalysis
{
    static void Define(GraphBuilder g)
    {
        var lines = g.Add(new ReadLines { Path = "access.log" });
        var parse = g.Add(new ParseRequest());
        g.Connect(lines.Output, parse.Line);

        var errors = g.Add(new ServerErrors());
        var lookup = g.Add(new LookupRegion());
        var errorsByRegion = g.Add(new Tally<string>());
        g.Connect(parse.Request, errors.Request);
        g.Connect(errors.Output, lookup.Request);
        g.Connect(lookup.Output, errorsByRegion.Item);

        var parameters = g.Add(new QueryParameters());
        var parameterCounts = g.Add(new Tally<string>());
        g.Connect(parse.Request, parameters.Request);
        g.Connect(parameters.Names, parameterCounts.Item);

        var bytes = g.Add(new BytesServed());
        var totalBytes = g.Add(new Collect<long>());
        g.Connect(parse.Request, bytes.Request);
        g.Connect(bytes.Total, totalBytes.Item);

        var errorRate = g.Add(new ErrorRate());
        var rates = g.Add(new Collect<double>());
        g.Connect(parse.Request, errorRate.Requests);
        g.Connect(errorRate.Output, rates.Item);

        var classify = g.Add(new ClassifyAgent());
        var bots = g.Add(new Tally<bool>());
        g.Connect(parse.Request, classify.Request);
        g.Connect(classify.Output, bots.Item);
    }
}
