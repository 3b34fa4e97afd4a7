using System.Text.Json;
using static System.FormattableString;

namespace Daedalus.Runtime;

/// <summary>
/// Turns a snapshot's JSON into a <see cref="GraphSnapshot"/>: reads at most a given number of bytes, observing
/// the cancellation token, strictly (no property twice, bounded depth), then checks every field
/// (<see cref="SnapshotFields"/>). What only the graph can tell is checked when the snapshot is resumed.
/// </summary>
internal static class SnapshotReader
{
    /// <summary>The graph named in errors found before the snapshot's own "graph" field is known.</summary>
    public const string UnknownGraph = "(unknown)";

    public static GraphSnapshot Read(Stream utf8Json, long maxBytes, SnapshotTypes types, CancellationToken token)
    {
        SnapshotDocument? document;
        try
        {
            document = JsonSerializer.Deserialize(new BoundedReadStream(utf8Json, maxBytes, token), SnapshotJsonContext.Default.SnapshotDocument);
        }
        catch (JsonException error)
        {
            // Here System.Text.Json would name the runtime's own envelope types; the path says which field it is.
            var why = error.Message.StartsWith("The JSON value could not be converted to ", StringComparison.Ordinal) ? "the value is not of the kind the field holds." : null;
            throw new GraphSnapshotException(UnknownGraph, $"the JSON is malformed{ShortText.Explain(error, why)}", error);
        }
        return SnapshotFields.Check(document, types, token);
    }

    /// <summary>The error for JSON longer than <paramref name="maxBytes"/>.</summary>
    public static GraphSnapshotException TooLarge(long maxBytes) =>
        new(UnknownGraph, Invariant($"the JSON is larger than {maxBytes} bytes, the most GraphSnapshot.Load and FromJson read (their maxBytes)."));
}
