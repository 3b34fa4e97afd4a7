using Daedalus.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace Daedalus.Analyzers.Tests;

/// <summary>Legal programs build cleanly: the generated code compiles without a warning and the analyzer stays silent.</summary>
public sealed class ValidProgramTests
{
    public static TheoryData<string> Cases => new(ValidPrograms.All.Keys);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Reports_nothing(string name)
    {
        var build = TestCompilation.Build(ValidPrograms.All[name]);

        var reported = build.Reported.ToList();
        Assert.True(reported.Count == 0, string.Join(Environment.NewLine, reported.Select(Describe)));
    }

    private static string Describe(Diagnostic diagnostic)
    {
        var text = diagnostic.Location.IsInSource ? diagnostic.Location.SourceTree!.GetText().ToString(diagnostic.Location.SourceSpan) : "(no source)";
        return $"{diagnostic.Id} {diagnostic.Location.SourceTree?.FilePath} on '{text}': {diagnostic.GetMessage()}";
    }
}
