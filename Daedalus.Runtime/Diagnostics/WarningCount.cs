using System.Globalization;

namespace Daedalus.Runtime;

/// <summary>One deduplicated warning of a <see cref="WarningLog"/>.</summary>
/// <param name="Key">What identifies the warning.</param>
/// <param name="Message">The message logged the first time.</param>
/// <param name="Occurrences">How often it was raised, the first time included.</param>
public sealed record WarningCount(string Key, string Message, long Occurrences)
{
    /// <summary>How often it was raised after the first time, when it was logged.</summary>
    public long Repeats => Math.Max(0, Occurrences - 1);

    /// <summary>The message, followed by <c>(repeated 1,234 times)</c> when it was repeated.</summary>
    public override string ToString() => Repeats switch
    {
        0 => Message,
        1 => $"{Message} (repeated once)",
        _ => string.Create(CultureInfo.InvariantCulture, $"{Message} (repeated {Repeats:N0} times)"),
    };
}
