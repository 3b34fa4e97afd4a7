namespace Daedalus.Runtime;

/// <summary>
/// Makes a run durable (<see cref="RunOptions.Durable"/>): every node's result is written to <see cref="Store"/>
/// before its consumers run, so a run interrupted at any point resumes where it stopped when started again with the
/// same <see cref="RunId"/>, and nodes marked cached (<c>[Node(Cached = true)]</c> or <see cref="Cached"/>) reuse
/// results of earlier runs with the same code, configuration and input. See docs/durable-runs.md.
/// </summary>
/// <param name="Store">Where results are kept.</param>
/// <param name="RunId">The run's id: a new id starts a run, an existing one resumes it.</param>
public sealed record DurableRun(IRunStore Store, string RunId)
{
    /// <summary>How items are written to the store; built-in primitives (numbers, strings, byte arrays) only by default.</summary>
    public ItemSerializers Serializers { get; init; } = ItemSerializers.Default;

    /// <summary>Nodes, by name, whose results other runs may reuse, besides those declared <c>[Node(Cached = true)]</c>.</summary>
    public IReadOnlySet<string> Cached { get; init; } = new HashSet<string>();

    /// <summary>The run's limits over all its sessions; none when null.</summary>
    public RunBudget? Budget { get; init; }

    /// <summary>
    /// The longest a finished node's result waits to be written: a batch is written when it holds <see cref="BatchSize"/>
    /// nodes, when nothing else can run, or when its first result has waited this long, so slow nodes do not keep finished
    /// work from the store (and a crash from losing it). 100 ms by default.
    /// </summary>
    public TimeSpan MaxCommitDelay
    {
        get;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(value, TimeSpan.Zero);
            field = value;
        }
    } = TimeSpan.FromMilliseconds(100);

    /// <summary>The most finished nodes written in one transaction (a batch is also written whenever nothing else can run).</summary>
    public int BatchSize
    {
        get;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
            field = value;
        }
    } = 256;
}
