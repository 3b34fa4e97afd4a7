using Daedalus.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace Daedalus.Analyzers.Tests;

/// <summary>Every diagnostic fires on its exact span, alone: no compiler errors, no second diagnostic, no crash.</summary>
public sealed class DiagnosticTests
{
    public static TheoryData<string> Cases => new(DiagnosticCases.All.Keys);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Reports_exactly_the_marked_diagnostics(string name)
    {
        var (source, expected) = Markup.Parse(DiagnosticCases.All[name]);
        Assert.NotEmpty(expected);

        var build = TestCompilation.Build(source);

        var actual = build.Reported
            .Select(d => d.Location.SourceTree?.FilePath == TestCompilation.FilePath
                ? new ExpectedDiagnostic(d.Id, d.Location.SourceSpan)
                : new ExpectedDiagnostic(d.Id + " in " + (d.Location.SourceTree?.FilePath ?? "no file"), d.Location.SourceSpan))
            .OrderBy(d => d.Span.Start).ThenBy(d => d.Id, StringComparer.Ordinal)
            .ToList();
        expected = expected.OrderBy(d => d.Span.Start).ThenBy(d => d.Id, StringComparer.Ordinal).ToList();
        Assert.True(expected.SequenceEqual(actual), Describe(source, expected, build));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_generator_does_not_throw(string name)
    {
        var (source, _) = Markup.Parse(DiagnosticCases.All[name]);

        var build = TestCompilation.Build(source);

        Assert.All(build.GeneratorRun.Results, result => Assert.Null(result.Exception));
        Assert.DoesNotContain(build.GeneratorDiagnostics, d => d.Id is "CS8784" or "CS8785");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Every_case_points_at_the_documented_rule(string name)
    {
        var (source, expected) = Markup.Parse(DiagnosticCases.All[name]);

        var build = TestCompilation.Build(source);

        foreach (var diagnostic in build.AnalyzerDiagnostics)
        {
            Assert.Equal(
                "https://github.com/daedalus-dataflow/daedalus/blob/main/docs/diagnostics/" + diagnostic.Id + ".md",
                diagnostic.Descriptor.HelpLinkUri);
            Assert.False(string.IsNullOrWhiteSpace(diagnostic.GetMessage()));
            Assert.Contains(expected, e => e.Id == diagnostic.Id);
        }
    }

    private static string Describe(string source, IReadOnlyList<ExpectedDiagnostic> expected, BuildResult build)
    {
        var lines = new List<string> { "Expected:" };
        lines.AddRange(expected.Select(e => $"  {e.Id} on '{source.Substring(e.Span.Start, e.Span.Length)}'"));
        lines.Add("Reported:");
        foreach (var d in build.Reported)
        {
            var text = d.Location.IsInSource ? d.Location.SourceTree!.GetText().ToString(d.Location.SourceSpan) : "(no source)";
            lines.Add($"  {d.Id} {d.Location.SourceTree?.FilePath} on '{text}': {d.GetMessage()}");
        }
        return string.Join(Environment.NewLine, lines);
    }
}
