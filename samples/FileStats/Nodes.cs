using System.Buffers;
using System.Globalization;
using System.Text;
using Daedalus;
using Daedalus.Runtime;

namespace FileStats;

/// <summary>Streams a file into a byte-stream edge in chunks; the edge's capacity holds it back when the parser lags.</summary>
[Node]
public sealed partial class ReadFile
{
    public required string Path { get; init; }

    public int ChunkSize { get; init; } = 64 * 1024;

    /// <summary>Bytes read in the last run.</summary>
    public long BytesRead { get; private set; }

    [Output]
    public partial ByteOutPort Bytes { get; }

    [Process]
    public async Task Run(CancellationToken cancellationToken)
    {
        var source = new FileChunkSource(Path, ChunkSize);
        BytesRead = await source.RunAsync(Bytes.Writer, cancellationToken).ConfigureAwait(false);
    }
}

/// <summary>
/// Cuts a byte stream into UTF-8 lines as the bytes arrive; a line may span chunks. It writes each line as
/// soon as it is cut, without looking at <c>Lines.FreeSpace</c>: a byte-stream node fires once and streams
/// for the whole run on the pipelined executor (the only one that runs byte streams), where a write to a full
/// Block edge waits for room. That wait holds back this node, the pipe, and so the file reader.
/// </summary>
[Node]
public sealed partial class SplitLines
{
    [Input]
    public partial ByteInPort Bytes { get; }

    [Output]
    public partial OutPort<string> Lines { get; }

    [Process]
    public async Task Run(CancellationToken cancellationToken)
    {
        var reader = Bytes.Reader;
        while (true)
        {
            var read = await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            var buffer = read.Buffer;
            while (buffer.PositionOf((byte)'\n') is { } end)
            {
                Lines.Write(Decode(buffer.Slice(0, end)));
                buffer = buffer.Slice(buffer.GetPosition(1, end));
            }
            if (read.IsCompleted)
            {
                if (!buffer.IsEmpty) Lines.Write(Decode(buffer));
                reader.AdvanceTo(buffer.End);
                await reader.CompleteAsync().ConfigureAwait(false);
                return;
            }
            reader.AdvanceTo(buffer.Start, buffer.End);
        }
    }

    private static string Decode(ReadOnlySequence<byte> line) => Encoding.UTF8.GetString(line).TrimEnd('\r');
}

/// <summary>One parsed line of the log: <c>timestamp,sensor,value</c>.</summary>
public readonly record struct Reading(string Sensor, double Value);

/// <summary>
/// Parses CSV lines; lines that do not parse are counted, not dropped silently. Each firing reads no more
/// lines than <c>Readings</c> has room for (one reading per line at most), so the Readings edge stays within
/// its capacity on every executor: writing past the free space is allowed, but on the serial and parallel
/// executors it makes a Block edge hold the extra items over its capacity (see docs/edges.md).
/// </summary>
[Node]
public sealed partial class ParseReading
{
    [Input]
    public partial InPort<string> Lines { get; }

    [Output]
    public partial OutPort<Reading> Readings { get; }

    /// <summary>Lines that were not <c>timestamp,sensor,value</c>.</summary>
    public long Rejected { get; private set; }

    [Process]
    public void Run()
    {
        while (Readings.FreeSpace > 0 && Lines.TryRead(out var line))
        {
            var fields = line.Split(',');
            if (fields.Length == 3 && double.TryParse(fields[2], NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
                Readings.Write(new Reading(fields[1], value));
            else
                Rejected++;
        }
    }
}

/// <summary>Count, mean, min and max per sensor.</summary>
[Node]
public sealed partial class SensorStats
{
    public SortedDictionary<string, (long Count, double Sum, double Min, double Max)> BySensor { get; } = new(StringComparer.Ordinal);

    [Process]
    public void Add(Reading reading)
    {
        BySensor[reading.Sensor] = BySensor.TryGetValue(reading.Sensor, out var s)
            ? (s.Count + 1, s.Sum + reading.Value, Math.Min(s.Min, reading.Value), Math.Max(s.Max, reading.Value))
            : (1, reading.Value, reading.Value, reading.Value);
    }
}
