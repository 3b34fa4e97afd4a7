using System.Text.RegularExpressions;

namespace Daedalus.Analyzers.Tests.Package;

/// <summary>
/// Packs the Daedalus package once for the package tests, into <c>artifacts/package-test/feed</c> (ignored by
/// git). Each run packs a unique prerelease of the repository's version, restored into a NuGet packages
/// folder of its own, so no consumer can pick up a stale package from a cache or a public feed. The feed is
/// left in place after the run, for inspection.
/// </summary>
public sealed class PackageFixture
{
    public PackageFixture()
    {
        Root = AnalyzerBehaviourTests.RepositoryRoot();
        var work = Path.Combine(Root, "artifacts", "package-test");
        Feed = Path.Combine(work, "feed");
        PackagesFolder = Path.Combine(work, "packages");
        foreach (var folder in new[] { Feed, PackagesFolder })
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
            Directory.CreateDirectory(folder);
        }

        Version = $"{RepositoryVersion(Root)}-local.{DateTime.UtcNow:yyyyMMddHHmmss}";
        var pack = DotNet.Run(Root, null,
            "pack", Path.Combine(Root, "packaging", "Daedalus.csproj"),
            "-c", Configuration, "-o", Feed, $"-p:PackageVersion={Version}", "--disable-build-servers");
        Assert.True(pack.ExitCode == 0, "dotnet pack failed:\n" + pack.Output);
        Package = Path.Combine(Feed, $"Daedalus.{Version}.nupkg");
        Assert.True(File.Exists(Package), $"Expected {Package}; dotnet pack wrote:\n{pack.Output}");
    }

    public string Root { get; }

    public string Feed { get; }

    public string PackagesFolder { get; }

    public string Version { get; }

    public string Package { get; }

    /// <summary>The configuration these tests were built in, so packing reuses those builds.</summary>
    public static string Configuration =>
        AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";

    /// <summary>A throwaway project directory outside the repository (so its build settings do not apply).</summary>
    public Consumer CreateConsumer(string programSource) =>
        new(Feed, PackagesFolder, $"""<PackageReference Include="Daedalus" Version="{Version}" />""", programSource);

    private static string RepositoryVersion(string root)
    {
        var props = File.ReadAllText(Path.Combine(root, "Directory.Build.props"));
        return Regex.Match(props, "<Version>([^<]+)</Version>").Groups[1].Value;
    }
}
