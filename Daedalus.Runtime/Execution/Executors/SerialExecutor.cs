namespace Daedalus.Runtime;

/// <summary>
/// One thread: passes over the schedule, activating each node in turn. A pass after which no node was
/// cut short (by a full blocking edge or its source batch) ends the run: in a DAG visited in schedule
/// order, every other node already stopped for good, and then an aggregate or window node publishes what it
/// held back (<see cref="FinalPublish"/>) before the passes go on.
/// </summary>
internal sealed class SerialExecutor : Executor
{
    public static readonly SerialExecutor Instance = new();

    private SerialExecutor() { }

    public override string Name => "serial";

    internal override IEdgeFactory CreateEdgeFactory(RunState run) => LocalEdgeFactory.Instance;

    internal override bool SupportsSnapshots => true;

    internal override bool ReusesRunState => true;

    internal override bool RunsInvocationsConcurrently => false;

    internal override void Execute(RunState run)
    {
        var schedule = run.Graph.Schedule;
        bool again;
        do
        {
            var pass = Activation.Outcome.None;
            foreach (var node in schedule)
            {
                pass |= Activation.Run(run, node);
                if (run.IsCancelled) return;
            }
            again = run.NextPass(pass);
            if (again && run.PauseRequested)
            {
                run.Pause();
                return;
            }
            if (!again) again = FinalPublish.Next(run);
        }
        while (again);
        MarkCompleted(run);
    }

    /// <summary>Every node still active when the passes end has completed.</summary>
    internal static void MarkCompleted(RunState run)
    {
        var states = run.States;
        for (var n = 0; n < states.Length; n++)
        {
            if (states[n] == NodeState.Active) states[n] = NodeState.Completed;
        }
    }
}
