using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Daedalus.Runtime;

/// <summary>
/// A node's typed state: slots declared by key with the <see cref="JsonTypeInfo{T}"/> that writes and
/// reads their values, held in memory during a run and saved to or restored from one JSON document
/// (docs/telemetry.md, "State JSON"). No reflection: every value goes through its slot's type info.
/// </summary>
/// <remarks>
/// Declaring, saving and restoring are thread-safe with each other; a slot's value is not synchronized
/// (the node's own firings use it), so save between firings. Every error is a
/// <see cref="NodeStateException"/> naming the graph, the node and the key; a failed save writes nothing
/// and a failed restore changes nothing.
/// </remarks>
public sealed class NodeStateStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, IStateSlot> _slots = new(StringComparer.Ordinal);
    private readonly Dictionary<string, JsonElement> _restored = new(StringComparer.Ordinal);

    /// <summary>Creates the empty state of node <paramref name="node"/> of graph <paramref name="graph"/>.</summary>
    public NodeStateStore(string graph, string node)
    {
        ArgumentException.ThrowIfNullOrEmpty(graph);
        ArgumentException.ThrowIfNullOrEmpty(node);
        Graph = graph;
        Node = node;
    }

    /// <summary>The graph the node belongs to.</summary>
    public string Graph { get; }

    /// <summary>The node this state belongs to.</summary>
    public string Node { get; }

    /// <summary>The keys of the slots declared so far, in key order.</summary>
    public IReadOnlyList<string> Keys
    {
        get { lock (_gate) return _slots.Keys.Order(StringComparer.Ordinal).ToList(); }
    }

    /// <summary>
    /// The slot <paramref name="key"/>, declared on first use with <paramref name="typeInfo"/> and no value
    /// (or the value restored for it). Declaring a key again with the same type returns the same slot;
    /// with another type it throws <see cref="NodeStateException"/>.
    /// </summary>
    public NodeState<T> Slot<T>(string key, JsonTypeInfo<T> typeInfo) => Declare(key, typeInfo, hasInitial: false, default!);

    /// <summary>
    /// The slot <paramref name="key"/>, declared on first use with <paramref name="typeInfo"/> and
    /// <paramref name="initialValue"/> (unless a value was restored for it); otherwise as
    /// <see cref="Slot{T}(string, JsonTypeInfo{T})"/>.
    /// </summary>
    public NodeState<T> Slot<T>(string key, JsonTypeInfo<T> typeInfo, T initialValue) => Declare(key, typeInfo, hasInitial: true, initialValue);

    /// <summary>Writes every slot that has a value (and any restored value no slot has claimed yet) as UTF-8 JSON.</summary>
    public void Save(Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        var document = Snapshot();
        JsonSerializer.Serialize(utf8Json, document, RuntimeJsonContext.Default.NodeStateDocument);
    }

    /// <summary>The state as JSON text; see <see cref="Save"/>.</summary>
    public string ToJson() => JsonSerializer.Serialize(Snapshot(), RuntimeJsonContext.Default.NodeStateDocument);

    /// <summary>
    /// Replaces the state with the one saved in <paramref name="utf8Json"/>: declared slots take their
    /// saved value (or go back to their initial value when the document has none); values for keys not
    /// declared yet wait for their declaration, which reads them with its own type info.
    /// </summary>
    public void Restore(Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        var saved = Parse(() => JsonSerializer.Deserialize(utf8Json, RuntimeJsonContext.Default.NodeStateDocument));
        lock (_gate) Prepare(saved)();
    }

    /// <summary>Replaces the state with the one saved in <paramref name="json"/>; see <see cref="Restore(Stream)"/>.</summary>
    public void RestoreJson(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var saved = Parse(() => JsonSerializer.Deserialize(json, RuntimeJsonContext.Default.NodeStateDocument));
        lock (_gate) Prepare(saved)();
    }

    /// <summary>
    /// Checks a saved state document (none: an empty state) and reads its values into the declared slots
    /// without changing anything yet, so a resume can check every node's state before it changes any.
    /// </summary>
    /// <returns>What makes it the state, as <see cref="Restore(Stream)"/> would; it does not fail.</returns>
    internal Action PrepareRestore(JsonElement? saved)
    {
        var slots = saved is { } json ? Parse(() => json.Deserialize(RuntimeJsonContext.Default.NodeStateDocument)) : [];
        lock (_gate) return Prepare(slots);
    }

    /// <summary>What puts the state back as it is now: the same slots declared, with their values, and the same values waiting.</summary>
    internal Action Checkpoint()
    {
        lock (_gate)
        {
            var slots = _slots.Values.Select(slot => (Slot: slot, PutBack: slot.Capture())).ToList();
            var waiting = _restored.ToList();
            return () =>
            {
                lock (_gate)
                {
                    _slots.Clear();
                    foreach (var (slot, putBack) in slots)
                    {
                        _slots.Add(slot.Key, slot);
                        putBack();
                    }
                    _restored.Clear();
                    foreach (var (key, json) in waiting) _restored.Add(key, json);
                }
            };
        }
    }

    /// <summary>An error about <paramref name="key"/> (or the whole state) of this node.</summary>
    internal NodeStateException Error(string? key, string problem, Exception? inner = null) => new(Graph, Node, key, problem, inner);

    private NodeState<T> Declare<T>(string key, JsonTypeInfo<T> typeInfo, bool hasInitial, T initialValue)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        ArgumentNullException.ThrowIfNull(typeInfo);
        lock (_gate)
        {
            if (_slots.TryGetValue(key, out var existing))
            {
                return existing as NodeState<T> ?? throw Error(key,
                    $"is declared as {TypeNames.Display(existing.ValueType)}, so it cannot be declared as {TypeNames.Display(typeof(T))}; use one type per key.");
            }
            var slot = new NodeState<T>(this, key, typeInfo, hasInitial, initialValue);
            if (_restored.TryGetValue(key, out var saved))
            {
                ((IStateSlot)slot).Read(saved)();
                _restored.Remove(key);
            }
            _slots.Add(key, slot);
            return slot;
        }
    }

    private NodeStateDocument Snapshot()
    {
        lock (_gate)
        {
            var values = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
            foreach (var slot in _slots.Values.Where(s => s.HasValue)) values[slot.Key] = slot.Write();
            foreach (var (key, saved) in _restored) values[key] = saved;
            var ordered = values.OrderBy(v => v.Key, StringComparer.Ordinal).ToDictionary(StringComparer.Ordinal);
            return new NodeStateDocument(NodeStateDocument.FormatName, NodeStateDocument.CurrentVersion, Graph, Node, ordered);
        }
    }

    /// <summary>Reads and checks a saved document; returns its slots.</summary>
    private Dictionary<string, JsonElement> Parse(Func<NodeStateDocument?> deserialize)
    {
        NodeStateDocument? document;
        try
        {
            document = deserialize();
        }
        catch (JsonException error)
        {
            throw Error(null, $"the saved JSON is malformed{ShortText.Explain(error)}", error);
        }
        if (document is null || document.Format != NodeStateDocument.FormatName)
            throw Error(null, $"the saved JSON is not a node-state document (its \"format\" is not \"{NodeStateDocument.FormatName}\").");
        if (document.Version != NodeStateDocument.CurrentVersion)
            throw Error(null, $"the saved JSON has version {document.Version}; this runtime reads version {NodeStateDocument.CurrentVersion}.");
        if (document.Graph != Graph || document.Node != Node)
            throw Error(null, $"the saved JSON belongs to node '{ShortText.Name(document.Node ?? "")}' of graph '{ShortText.Name(document.Graph ?? "")}'.");
        if (document.Unknown is { Count: > 0 } unknown) throw Error(null, $"the saved JSON has an unknown field \"{ShortText.Name(unknown.Keys.First())}\".");
        return document.Slots ?? throw Error(null, "the saved JSON has no \"slots\" object.");
    }

    /// <summary>Reads <paramref name="saved"/> into every declared slot (checking each) and returns what applies it; call under the lock.</summary>
    private Action Prepare(Dictionary<string, JsonElement> saved)
    {
        var updates = new List<Action>();
        foreach (var slot in _slots.Values) updates.Add(saved.TryGetValue(slot.Key, out var json) ? slot.Read(json) : slot.Reset);
        var waiting = saved.Where(s => !_slots.ContainsKey(s.Key)).ToList();
        return () =>
        {
            lock (_gate)
            {
                foreach (var update in updates) update();
                _restored.Clear();
                foreach (var (key, json) in waiting) _restored.Add(key, json);
            }
        };
    }
}
