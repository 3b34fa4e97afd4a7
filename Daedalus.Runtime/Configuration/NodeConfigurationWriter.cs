using System.Collections;
using System.Globalization;

namespace Daedalus.Runtime;

/// <summary>
/// Collects a node's configuration as (name, value) pairs of invariant strings, in the order they are added.
/// A node's generated adapter writes its configuration members here (<see cref="NodeAdapter.DescribeConfiguration"/>);
/// <see cref="NodeConfiguration"/> reads them back and computes their checksum.
/// </summary>
/// <remarks>
/// Values are formatted the same way on every machine and in every culture: <c>null</c> stays null; a string as it is;
/// a <see cref="bool"/> as <c>true</c>/<c>false</c>; a <see cref="float"/> or <see cref="double"/> round-trippable
/// (<c>"R"</c>); any other <see cref="IFormattable"/> (numbers, enums, <see cref="TimeSpan"/>, <see cref="DateTime"/>…)
/// with <see cref="CultureInfo.InvariantCulture"/>; a collection (a non-string <see cref="IEnumerable"/>) as
/// <c>[a, b, c]</c>, its elements formatted the same way, at most <see cref="MaxElements"/> of them and
/// <see cref="MaxDepth"/> levels deep (what is cut is written <c>…</c>); anything else with <see cref="object.ToString"/>.
/// </remarks>
public sealed class NodeConfigurationWriter
{
    /// <summary>The most elements of one collection that are written; a longer one ends with <c>…</c>.</summary>
    public const int MaxElements = 1000;

    /// <summary>The most levels of nested collections that are written; a deeper one is written <c>…</c>.</summary>
    public const int MaxDepth = 4;

    private readonly List<KeyValuePair<string, string?>> _entries = [];

    /// <summary>The pairs added so far, in order.</summary>
    public IReadOnlyList<KeyValuePair<string, string?>> Entries => _entries;

    /// <summary>Adds the configuration member <paramref name="name"/> with its value, formatted as an invariant string.</summary>
    public void Add<T>(string name, T value)
    {
        ArgumentNullException.ThrowIfNull(name);
        _entries.Add(new(name, Format(value)));
    }

    /// <summary>Formats <paramref name="value"/> as <see cref="Add{T}"/> does.</summary>
    public static string? Format(object? value) => Format(value, depth: 0);

    private static string? Format(object? value, int depth) => value switch
    {
        null => null,
        string text => text,
        bool flag => flag ? "true" : "false",
        double number => number.ToString("R", CultureInfo.InvariantCulture),
        float number => number.ToString("R", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        IEnumerable items => FormatItems(items, depth),
        _ => value.ToString(),
    };

    private static string FormatItems(IEnumerable items, int depth)
    {
        if (depth >= MaxDepth) return "…";
        var text = new System.Text.StringBuilder("[");
        var count = 0;
        foreach (var item in items)
        {
            if (count > 0) text.Append(", ");
            if (count == MaxElements)
            {
                text.Append('…');
                break;
            }
            text.Append(Format(item, depth + 1) ?? "null");
            count++;
        }
        return text.Append(']').ToString();
    }
}
