using Daedalus.Runtime;

namespace LiveMonitor;

/// <summary>
/// The node types <c>add</c> and <c>reconfigure</c> build, by name: how to make one from settings, and how to read the
/// settings of a running one back (a reconfiguration changes only the keys it names).
/// </summary>
public static class NodeTypes
{
    /// <summary>Every type, by name (ignoring case).</summary>
    public static IReadOnlyDictionary<string, NodeType> ByName { get; } = new[]
    {
        NodeType.Of("Ticker", s => new Ticker(TimeSpan.FromMilliseconds(s.Double("period", 5))),
            n => new Settings().Set("period", n.Period.TotalMilliseconds)),
        NodeType.Of("SensorBank", s => new SensorBank { Seed = s.Int("seed", 7), Sensors = s.Int("sensors", 4), GlitchEvery = s.Int("glitchEvery", 97) },
            n => new Settings().Set("seed", n.Seed).Set("sensors", n.Sensors).Set("glitchEvery", n.GlitchEvery)),
        NodeType.Of("ParseReading", _ => new ParseReading(), _ => new Settings()),
        NodeType.Of("InRange", s => new InRange { Min = s.Double("min", -50), Max = s.Double("max", 1_100) },
            n => new Settings().Set("min", n.Min).Set("max", n.Max)),
        NodeType.Of("Scale", s => new Scale { Kind = s.Text("kind", "temperature"), Factor = s.Double("factor", 1), Offset = s.Double("offset", 0) },
            n => new Settings { ["kind"] = n.Kind }.Set("factor", n.Factor).Set("offset", n.Offset)),
        NodeType.Of("RollingMean", s => new RollingMean { Window = s.Int("window", 16) },
            n => new Settings().Set("window", n.Window)),
        NodeType.Of("Above", s => new Above { Kind = s.Text("kind", "temperature"), Threshold = s.Double("threshold", 23) },
            n => new Settings { ["kind"] = n.Kind }.Set("threshold", n.Threshold)),
        NodeType.Of("Tally", _ => new Tally(), _ => new Settings()),
    }.ToDictionary(type => type.Name, StringComparer.OrdinalIgnoreCase);

    /// <summary>The entry for <paramref name="node"/>'s class.</summary>
    public static NodeType Of(IRuntimeNode node) =>
        ByName.Values.FirstOrDefault(type => type.Type == node.GetType())
        ?? throw new ArgumentException($"{node.GetType().Name} is not in the node type table.");
}

/// <summary>One node type of <see cref="NodeTypes"/>.</summary>
/// <param name="Name">The name <c>add</c> takes.</param>
/// <param name="Type">The node class.</param>
/// <param name="Keys">The settings it reads.</param>
/// <param name="Build">Makes an instance from settings (absent keys keep their defaults).</param>
/// <param name="Read">The settings of an instance.</param>
public sealed record NodeType(string Name, Type Type, IReadOnlyList<string> Keys, Func<Settings, IRuntimeNode> Build, Func<IRuntimeNode, Settings> Read)
{
    /// <summary>An entry for <typeparamref name="T"/>; its keys are those <paramref name="read"/> gives for a default instance.</summary>
    public static NodeType Of<T>(string name, Func<Settings, T> create, Func<T, Settings> read) where T : IRuntimeNode =>
        new(name, typeof(T), [.. read(create(new Settings())).Keys], settings => create(settings), node => read((T)node));

    /// <summary>Makes an instance from <paramref name="settings"/>; a key the type does not read is an error.</summary>
    public IRuntimeNode Create(Settings settings)
    {
        var unknown = settings.Keys.Where(key => !Keys.Contains(key, StringComparer.OrdinalIgnoreCase)).ToList();
        if (unknown.Count > 0)
            throw new ArgumentException($"{Name} has no setting {string.Join(", ", unknown)} (it has: {(Keys.Count == 0 ? "none" : string.Join(", ", Keys))}).");
        return Build(settings);
    }
}
