using Daedalus;

namespace Daedalus.Tests.Graphs.Scoped.Inner;

/// <summary>The [Graph] half of a graph whose Define is in another file (ScopedUsings.cs), with other usings.</summary>
[Graph]
public sealed partial class ScopedUsings
{
    public const string Description = "Define lives in ScopedUsings.cs";
}
