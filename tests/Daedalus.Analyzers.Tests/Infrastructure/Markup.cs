using Microsoft.CodeAnalysis.Text;

namespace Daedalus.Analyzers.Tests.Infrastructure;

/// <summary>An expected diagnostic: its ID and exact span in the source without markup.</summary>
public sealed record ExpectedDiagnostic(string Id, TextSpan Span)
{
    public override string ToString() => $"{Id}@{Span}";
}

/// <summary>
/// Parses <c>{|DAE0001:text|}</c> markup: the text stays in the source, and the diagnostic is expected
/// exactly on it. Markers can nest (<c>{|A:x {|B:y|}|}</c>).
/// </summary>
public static class Markup
{
    public static (string Source, IReadOnlyList<ExpectedDiagnostic> Expected) Parse(string markup)
    {
        var source = new System.Text.StringBuilder(markup.Length);
        var open = new Stack<(string Id, int Start)>();
        var expected = new List<ExpectedDiagnostic>();
        for (var i = 0; i < markup.Length; i++)
        {
            if (At(markup, i, "{|"))
            {
                var colon = markup.IndexOf(':', i + 2);
                if (colon < 0) throw new FormatException($"Marker at {i} has no ':' after its ID.");
                open.Push((markup.Substring(i + 2, colon - i - 2), source.Length));
                i = colon;
            }
            else if (At(markup, i, "|}"))
            {
                if (open.Count == 0) throw new FormatException($"'|}}' at {i} closes no marker.");
                var (id, start) = open.Pop();
                expected.Add(new ExpectedDiagnostic(id, TextSpan.FromBounds(start, source.Length)));
                i++;
            }
            else
            {
                source.Append(markup[i]);
            }
        }
        if (open.Count > 0) throw new FormatException($"Marker '{open.Peek().Id}' is not closed.");
        return (source.ToString(), expected.OrderBy(e => e.Span.Start).ToList());
    }

    private static bool At(string text, int index, string token) =>
        string.CompareOrdinal(text, index, token, 0, token.Length) == 0;
}
