using System.Globalization;

namespace AccessLog;

/// <summary>Writes a plausible access log: a few clients and paths, 1 request in 50 a server error, some bots, some garbage.</summary>
internal static class SampleLog
{
    private static readonly string[] Clients = ["203.0.113.9", "203.0.113.77", "198.51.100.4", "198.51.100.23", "10.0.0.12"];
    private static readonly string[] Targets = ["/", "/index.html", "/search?q=shoes&page=2", "/search?q=boots", "/api/orders?id=42&expand=items", "/static/app.js", "/login"];
    private static readonly string[] Agents = ["Mozilla/5.0 (X11; Linux x86_64)", "Mozilla/5.0 (Windows NT 10.0; Win64; x64)", "Googlebot/2.1", "curl/8.5.0"];

    public static string Write(string path, int requests)
    {
        var random = new Random(7);
        var time = new DateTime(2026, 12, 2, 7, 0, 0, DateTimeKind.Utc);
        using var writer = new StreamWriter(path);
        for (var i = 0; i < requests; i++)
        {
            // One line in 100,000 is cut short, as real logs are: the parser drops it and the run counts it.
            if (i % 100_000 == 99_999)
            {
                writer.WriteLine("203.0.113.9 - - [02/Dec/2026:07:00:00 +0000] \"GET /ind");
                continue;
            }
            var status = random.Next(50) == 0 ? 503 : random.Next(10) == 0 ? 404 : 200;
            writer.Write(Clients[random.Next(Clients.Length)]);
            writer.Write(" - - [");
            writer.Write(time.AddMilliseconds(i * 20).ToString("dd/MMM/yyyy:HH:mm:ss +0000", CultureInfo.InvariantCulture));
            writer.Write("] \"GET ");
            writer.Write(Targets[random.Next(Targets.Length)]);
            writer.Write(" HTTP/1.1\" ");
            writer.Write(status.ToString(CultureInfo.InvariantCulture));
            writer.Write(' ');
            writer.Write(random.Next(200, 20_000).ToString(CultureInfo.InvariantCulture));
            writer.Write(" \"-\" \"");
            writer.Write(Agents[random.Next(Agents.Length)]);
            writer.WriteLine('"');
        }
        return path;
    }
}
