using System.Globalization;
using Daedalus;
using Daedalus.Runtime;

namespace LiveMonitor;

/// <summary>
/// Runs the console's commands against a live graph, one line at a time. Each edit is a commit of its own, unless it
/// comes between <c>begin</c> and <c>commit</c>, which apply together (an added node and the links that feed it must
/// arrive together, or the commit leaves an input unconnected: DAE0002). An unknown command or a rejected edit prints one
/// line and changes nothing.
/// </summary>
public sealed class Commands(LiveGraph live, TextWriter output)
{
    /// <summary>What <c>help</c> prints.</summary>
    public const string Help = """
        commands (one per line; # starts a comment):
          add NAME TYPE [key=value...]          add a node (types: {types})
          remove NAME                           remove a node and its links (what they held is orphaned)
          connect FROM.PORT TO.PORT [policy]    link an output to an input; policy: default, fifo, latest, bounded:N[:overflow]
          disconnect FROM.PORT TO.PORT          remove a link (what it held is orphaned)
          reconfigure NAME key=value...         replace a node by one of its type with these settings changed
          resize FROM.PORT TO.PORT CAPACITY [block|drop-oldest|drop-newest]   give a link a new bound (its items move)
          begin / commit / discard              batch the edits in between into one commit
          pause [NAME] / resume [NAME]          pause or resume one node, or all
          sleep MS                              wait (scripts)
          status                                print the status line now
          help                                  this text
          stop                                  stop the graph and print the run summary
        """;

    private LiveEdit? _batch;

    /// <summary>Runs <paramref name="line"/>; false when it was <c>stop</c>. <c>sleep</c> waits until <paramref name="stopping"/> is cancelled at most.</summary>
    public async Task<bool> RunAsync(string line, CancellationToken stopping)
    {
        var words = line.Split('#')[0].Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (words.Length == 0) return true;
        try
        {
            switch (words[0].ToLowerInvariant())
            {
                case "stop":
                    return false;
                case "sleep":
                    await Task.Delay(int.Parse(Arg(words, 1, "MS"), NumberStyles.None, CultureInfo.InvariantCulture), stopping).ConfigureAwait(false);
                    break;
                case "help":
                    output.WriteLine(Help.Replace("{types}", string.Join(", ", NodeTypes.ByName.Keys), StringComparison.Ordinal));
                    break;
                case "status":
                    output.WriteLine(StatusLine.Of(live));
                    break;
                case "pause" or "resume":
                    PauseOrResume(words);
                    break;
                case "begin":
                    if (_batch is not null) throw new InvalidOperationException("a batch is already open: commit or discard it first");
                    _batch = live.Edit(CommitMode.Manual);
                    output.WriteLine("  batch open: edits wait for commit");
                    break;
                case "commit":
                    var batch = _batch ?? throw new InvalidOperationException("no batch is open (begin starts one)");
                    _batch = null;
                    Report(batch.Commit());
                    break;
                case "discard":
                    _batch?.Discard();
                    _batch = null;
                    output.WriteLine("  batch discarded");
                    break;
                default:
                    Edit(words);
                    break;
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            return false;
        }
        catch (InvalidGraphException rejected)
        {
            output.WriteLine($"  rejected: {string.Join("; ", rejected.Errors)}");
        }
        catch (Exception error) when (error is ArgumentException or FormatException or InvalidOperationException or KeyNotFoundException or OverflowException)
        {
            output.WriteLine($"  error: {error.Message.ReplaceLineEndings(" ")}");
        }
        return true;
    }

    /// <summary>Records an edit in the open batch, or commits it at once.</summary>
    private void Edit(string[] words)
    {
        var edit = _batch ?? live.Edit(CommitMode.Manual);
        switch (words[0].ToLowerInvariant())
        {
            case "add":
                var type = NodeTypes.ByName.GetValueOrDefault(Arg(words, 2, "TYPE"))
                    ?? throw new ArgumentException($"no node type '{words[2]}' (types: {string.Join(", ", NodeTypes.ByName.Keys)})");
                edit.AddNode(words[1], type.Create(Settings.Parse(words.Skip(3))));
                break;
            case "remove":
                edit.RemoveNode(Arg(words, 1, "NAME"));
                break;
            case "connect":
                var (from, to) = (Port(Arg(words, 1, "FROM.PORT")), Port(Arg(words, 2, "TO.PORT")));
                edit.Connect(from.Node, from.Port, to.Node, to.Port, words.Length > 3 ? Policies.Parse(words[3]) : null);
                break;
            case "disconnect":
                (from, to) = (Port(Arg(words, 1, "FROM.PORT")), Port(Arg(words, 2, "TO.PORT")));
                edit.Disconnect(from.Node, from.Port, to.Node, to.Port);
                break;
            case "reconfigure":
                var name = Arg(words, 1, "NAME");
                var current = live.NodeInstance(name);
                var entry = NodeTypes.Of(current);
                edit.Reconfigure(name, entry.Create(entry.Read(current).With(Settings.Parse(words.Skip(2)))));
                break;
            case "resize":
                (from, to) = (Port(Arg(words, 1, "FROM.PORT")), Port(Arg(words, 2, "TO.PORT")));
                var policy = Edge.Bounded(Policies.Capacity(Arg(words, 3, "CAPACITY")), words.Length > 4 ? Policies.Overflow(words[4]) : Overflow.Block);
                edit.SetPolicy(from.Node, from.Port, to.Node, to.Port, policy);
                break;
            default:
                throw new ArgumentException($"unknown command '{words[0]}' (help lists them)");
        }
        if (_batch is null) Report(edit.Commit());
        else output.WriteLine($"  batched ({_batch.Pending} pending)");
    }

    private void PauseOrResume(string[] words)
    {
        var pause = words[0].Equals("pause", StringComparison.OrdinalIgnoreCase);
        if (words.Length == 1)
        {
            if (pause) live.Pause();
            else live.Resume();
        }
        else if (pause) live.Pause(words[1]);
        else live.Resume(words[1]);
        output.WriteLine($"  {(pause ? "paused" : "resumed")} {(words.Length == 1 ? "every node" : words[1])}");
    }

    private void Report(CommitResult commit)
    {
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  committed: nodes +{commit.NodesAdded} -{commit.NodesRemoved} ~{commit.NodesReconfigured}, links +{commit.EdgesAdded} -{commit.EdgesRemoved} ~{commit.EdgesChanged}; parked {commit.NodesParked} node(s) for {commit.Elapsed.TotalMilliseconds:0.0} ms; items orphaned {commit.Orphaned}, moved {commit.Moved}"));
        foreach (var warning in commit.Warnings) output.WriteLine($"  warning: {warning}");
        foreach (var failure in commit.Failures) output.WriteLine($"  failure: {failure}");
    }

    private static string Arg(string[] words, int index, string what) =>
        index < words.Length ? words[index] : throw new FormatException($"{words[0]} needs {what} (help shows the syntax)");

    private static (string Node, string Port) Port(string text)
    {
        var dot = text.LastIndexOf('.');
        return dot > 0 && dot < text.Length - 1 ? (text[..dot], text[(dot + 1)..]) : throw new FormatException($"'{text}' is not NODE.PORT");
    }
}
