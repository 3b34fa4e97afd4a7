using Daedalus.Generators.Common;
using Daedalus.Generators.Model;

namespace Daedalus.Generators.Emit;

/// <summary>
/// The locals of the compiled <c>Run()</c> in which an aggregate or window node holds items back: its
/// accumulator, its window, and whether it published at the end. They are fresh in every run.
/// </summary>
internal static class HeldBack
{
    public static string Accumulator(int n) => "__acc" + n;

    public static string Window(int n) => "__window" + n;

    public static string Published(int n) => "__published" + n;

    public static void EmitState(CodeWriter writer, NodeModel node, int n)
    {
        if (node.IsAggregate) writer.Line($"{node.Outputs[0].ItemType} {Accumulator(n)} = default!;");
        if (node.Window is { } window)
        {
            var type = node.IsAggregate ? "global::Daedalus.Runtime.WindowCounter" : $"global::Daedalus.Runtime.WindowBuffer<{node.Inputs[0].ItemType}>";
            writer.Line($"var {Window(n)} = new {type}({window.Count}, {window.Milliseconds});");
        }
        writer.Line($"var {Published(n)} = false;");
    }
}
