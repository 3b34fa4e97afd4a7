using System.Globalization;
using Daedalus;

namespace LiveMonitor;

/// <summary>Edge policies as the console writes them: <c>default</c>, <c>fifo</c>, <c>latest</c>, <c>bounded:N[:overflow]</c>.</summary>
public static class Policies
{
    /// <summary>The policy <paramref name="text"/> names.</summary>
    public static EdgePolicy Parse(string text)
    {
        var parts = text.Split(':');
        return parts[0].ToLowerInvariant() switch
        {
            "default" when parts.Length == 1 => Edge.Default(),
            "fifo" when parts.Length == 1 => Edge.Fifo,
            "latest" when parts.Length == 1 => Edge.Latest,
            "bounded" when parts.Length is 2 or 3 => Edge.Bounded(Capacity(parts[1]), parts.Length == 3 ? Overflow(parts[2]) : Daedalus.Overflow.Block),
            _ => throw new FormatException($"'{text}' is not a policy (default, fifo, latest, bounded:N[:block|drop-oldest|drop-newest])."),
        };
    }

    /// <summary>A capacity: a positive whole number.</summary>
    public static int Capacity(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var capacity) && capacity > 0
            ? capacity
            : throw new FormatException($"'{text}' is not a positive capacity.");

    /// <summary>What a full bounded edge does: <c>block</c>, <c>drop-oldest</c> or <c>drop-newest</c>.</summary>
    public static Overflow Overflow(string text) => text.ToLowerInvariant() switch
    {
        "block" => Daedalus.Overflow.Block,
        "drop-oldest" => Daedalus.Overflow.DropOldest,
        "drop-newest" => Daedalus.Overflow.DropNewest,
        _ => throw new FormatException($"'{text}' is not block, drop-oldest or drop-newest."),
    };
}
