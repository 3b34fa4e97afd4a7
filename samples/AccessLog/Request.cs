namespace AccessLog;

/// <summary>One request of a web server's access log (the Combined Log Format).</summary>
public readonly record struct Request(string Client, string Method, string Path, string Query, int Status, long Bytes, string Agent)
{
    /// <summary>
    /// Reads <c>203.0.113.9 - - [02/Dec/2026:07:00:00 +0000] "GET /search?q=x HTTP/1.1" 200 5120 "-" "agent"</c>;
    /// false for a line that is not one.
    /// </summary>
    public static bool TryParse(string line, out Request request)
    {
        request = default;
        var span = line.AsSpan();
        var space = span.IndexOf(' ');
        var quote = span.IndexOf('"');
        if (space <= 0 || quote < 0) return false;
        var client = line[..space];

        var rest = span[(quote + 1)..];
        var endOfRequest = rest.IndexOf('"');
        if (endOfRequest < 0) return false;
        var requestLine = rest[..endOfRequest];
        var firstSpace = requestLine.IndexOf(' ');
        var lastSpace = requestLine.LastIndexOf(' ');
        if (firstSpace <= 0 || lastSpace <= firstSpace) return false;
        var target = requestLine[(firstSpace + 1)..lastSpace];
        var question = target.IndexOf('?');

        var fields = rest[(endOfRequest + 1)..].TrimStart();
        var statusEnd = fields.IndexOf(' ');
        if (statusEnd < 0 || !int.TryParse(fields[..statusEnd], out var status)) return false;
        fields = fields[(statusEnd + 1)..];
        var bytesEnd = fields.IndexOf(' ');
        if (bytesEnd < 0) return false;
        var bytes = fields[..bytesEnd] is "-" ? 0 : long.TryParse(fields[..bytesEnd], out var b) ? b : -1;
        if (bytes < 0) return false;

        var agentEnd = fields.LastIndexOf('"');
        var agentStart = agentEnd > 0 ? fields[..agentEnd].LastIndexOf('"') : -1;
        var agent = agentStart >= 0 ? fields[(agentStart + 1)..agentEnd].ToString() : "";

        request = new Request(
            client,
            requestLine[..firstSpace].ToString(),
            (question < 0 ? target : target[..question]).ToString(),
            question < 0 ? "" : target[(question + 1)..].ToString(),
            status,
            bytes,
            agent);
        return true;
    }
}
