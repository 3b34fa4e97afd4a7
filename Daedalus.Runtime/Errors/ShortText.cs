using System.Text.Json;

namespace Daedalus.Runtime;

/// <summary>
/// Text taken from input (a snapshot, a state document), shortened for an exception message, so a message
/// never repeats more than a short piece of whatever the input holds: 64 characters of a name, 160 of what
/// System.Text.Json says about it.
/// </summary>
internal static class ShortText
{
    /// <summary>How many characters of a name a message repeats.</summary>
    public const int NameLength = 64;

    /// <summary>How many characters of System.Text.Json's own explanation a message repeats.</summary>
    private const int ReasonLength = 160;

    /// <summary><paramref name="name"/>, cut to <see cref="NameLength"/> characters with an ellipsis.</summary>
    public static string Name(string name) => Cut(name, NameLength);

    /// <summary>
    /// Where System.Text.Json found the input wrong and why, to follow the first words of a message
    /// (<c>"the JSON is malformed" + Explain(error)</c> reads <c>the JSON is malformed at $.version (line 1,
    /// byte 40): why</c>); for another exception, <c>: why</c>. Path and explanation are cut short: they repeat
    /// names and values of the input. <paramref name="why"/> replaces the explanation.
    /// </summary>
    public static string Explain(Exception error, string? why = null)
    {
        why ??= Why(error);
        if (error is not JsonException json) return ": " + why;
        var place = json.Path is { } path ? $" at {Name(path)}" : "";
        if (json.LineNumber is { } line) place += $" (line {line + 1}, byte {json.BytePositionInLine + 1})";
        return $"{place}: {why}";
    }

    /// <summary>Why <paramref name="error"/> was thrown, without System.Text.Json's path, cut short.</summary>
    public static string Why(Exception error)
    {
        var why = error.Message;
        var pathStart = why.IndexOf(" Path: ", StringComparison.Ordinal);
        return Cut(pathStart >= 0 ? why[..pathStart] : why, ReasonLength);
    }

    private static string Cut(string text, int length) => text.Length <= length ? text : string.Concat(text.AsSpan(0, length), "…");
}
