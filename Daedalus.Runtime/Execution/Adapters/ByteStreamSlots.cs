using System.IO.Pipelines;

namespace Daedalus.Runtime;

/// <summary>
/// A <see cref="ByteInPort"/> of a <see cref="NodeAdapter"/>: the executor binds it to the reader of the
/// edge's pipe (or, unconnected, to an empty, completed stream) before <see cref="NodeAdapter.Open"/>.
/// </summary>
public sealed class ByteStreamInput(string name) : AdapterInput(name)
{
    private PipeReader? _reader;

    /// <inheritdoc/>
    public override string ItemTypeName => "Daedalus.ByteStream";

    /// <summary>Always 0: a byte stream has no items; its node fires once and reads to the end.</summary>
    public override int Count => 0;

    /// <summary>The reader bound for the current run.</summary>
    public PipeReader Reader => _reader ?? throw new InvalidOperationException($"Byte-stream input '{Name}' is not bound.");

    /// <summary>Binds the port to a pipe's reader. Called by executors.</summary>
    public void Bind(PipeReader reader) => _reader = reader;

    internal override bool Accepts(AdapterOutput output) => output is ByteStreamOutput;

    internal override void BindRun(RunEdge[] edges) =>
        Bind(edges.Length == 0 ? PipeReader.Create(Stream.Null) : (PipeReader)edges[0].Reader);

    // Only an unconnected byte stream can be part of a reused (serial or parallel) run: a fresh empty stream.
    internal override void ResetRun() => BindRun([]);
}

/// <summary>
/// A <see cref="ByteOutPort"/> of a <see cref="NodeAdapter"/>: the executor binds it to the writer of the
/// edge's pipe (or, unconnected, to a <see cref="DiscardingPipeWriter"/> that counts what it drops) before
/// <see cref="NodeAdapter.Open"/>, and completes the pipe when the node's firing ends.
/// </summary>
public sealed class ByteStreamOutput(string name) : AdapterOutput(name)
{
    private PipeWriter? _writer;

    /// <inheritdoc/>
    public override string ItemTypeName => "Daedalus.ByteStream";

    /// <summary>Always <see cref="int.MaxValue"/>: a byte stream's backpressure is its flush, not free space.</summary>
    public override int FreeSpace => int.MaxValue;

    /// <summary>The writer bound for the current run.</summary>
    public PipeWriter Writer => _writer ?? throw new InvalidOperationException($"Byte-stream output '{Name}' is not bound.");

    /// <summary>Bytes written in the last run while no edge was connected: discarded, and counted here.</summary>
    public long BytesDiscarded => (_writer as DiscardingPipeWriter)?.BytesDiscarded ?? 0;

    /// <summary>Binds the port to a pipe's writer. Called by executors.</summary>
    public void Bind(PipeWriter writer) => _writer = writer;

    internal override RunEdge CreateRunEdge(IEdgeFactory factory, ResolvedEdge edge) => factory.CreateByteStream(edge);

    internal override void BindRun(FanOut fanOut, RunEdge[] edges) =>
        Bind(edges.Length == 0 ? new DiscardingPipeWriter() : (PipeWriter)edges[0].Writer);

    // Only an unconnected byte stream can be part of a reused (serial or parallel) run: a fresh discarding writer.
    internal override void ResetRun() => BindRun(FanOut.Broadcast, []);

    // Byte streams run only on the pipelined executor, which takes no snapshots.
    internal override EdgeItems CaptureQueue(RunEdge edge) => throw NoSnapshots(edge.Spec.Id);

    internal override Action<RunEdge> PrepareRefill(SnapshotEdge saved, CancellationToken token) => throw NoSnapshots(saved.Id);

    private static NotSupportedException NoSnapshots(string edge) => new($"Edge '{edge}' is a byte stream; byte streams cannot be snapshotted.");
}
