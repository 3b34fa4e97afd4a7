using System.Globalization;

namespace LiveMonitor;

/// <summary>A node's settings as <c>key=value</c> pairs (keys ignore case), with typed reads.</summary>
public sealed class Settings() : Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
{
    /// <summary>Parses <c>key=value</c> words; throws <see cref="FormatException"/> for a word without <c>=</c>.</summary>
    public static Settings Parse(IEnumerable<string> words)
    {
        var settings = new Settings();
        foreach (var word in words)
        {
            var equals = word.IndexOf('=');
            if (equals <= 0) throw new FormatException($"'{word}' is not key=value.");
            settings[word[..equals]] = word[(equals + 1)..];
        }
        return settings;
    }

    /// <summary>These settings with <paramref name="changes"/> applied over them.</summary>
    public Settings With(Settings changes)
    {
        var merged = new Settings();
        foreach (var (key, value) in this.Concat(changes)) merged[key] = value;
        return merged;
    }

    /// <summary>Sets <paramref name="key"/> to <paramref name="value"/>, written in the invariant culture.</summary>
    public Settings Set(string key, IFormattable value)
    {
        this[key] = value.ToString(null, CultureInfo.InvariantCulture);
        return this;
    }

    /// <summary>The text at <paramref name="key"/>, or <paramref name="fallback"/> when absent.</summary>
    public string Text(string key, string fallback) => TryGetValue(key, out var text) ? text : fallback;

    /// <summary>The integer at <paramref name="key"/>, or <paramref name="fallback"/> when absent.</summary>
    public int Int(string key, int fallback) =>
        TryGetValue(key, out var text) ? int.Parse(text, NumberStyles.Integer, CultureInfo.InvariantCulture) : fallback;

    /// <summary>The number at <paramref name="key"/>, or <paramref name="fallback"/> when absent.</summary>
    public double Double(string key, double fallback) =>
        TryGetValue(key, out var text) ? double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture) : fallback;

    /// <inheritdoc/>
    public override string ToString() => string.Join(" ", this.Select(pair => $"{pair.Key}={pair.Value}"));
}
