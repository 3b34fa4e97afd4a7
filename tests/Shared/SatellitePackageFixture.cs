using System.Text.RegularExpressions;
using Daedalus.Analyzers.Tests.Package;

namespace Daedalus.Tests.Shared;

/// <summary>
/// Packs Daedalus and one satellite package once, with one unique prerelease version, into
/// <c>artifacts/{name}-package-test/feed</c> (ignored by git), restored by consumers into a NuGet packages folder of
/// their own so no stale package from a cache is used. Packs what the test build already built (<c>--no-build</c>),
/// so it never builds the libraries while another test project's package fixture does. Linked into each satellite's
/// test project.
/// </summary>
public abstract class SatellitePackageFixture
{
    /// <param name="packageId">The satellite's package id, also its project folder and file name.</param>
    protected SatellitePackageFixture(string packageId)
    {
        PackageId = packageId;
        var name = packageId[(packageId.LastIndexOf('.') + 1)..].ToLowerInvariant();
        Root = RepositoryRoot();
        var work = Path.Combine(Root, "artifacts", $"{name}-package-test");
        Feed = Path.Combine(work, "feed");
        PackagesFolder = Path.Combine(work, "packages");
        foreach (var folder in new[] { Feed, PackagesFolder })
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
            Directory.CreateDirectory(folder);
        }

        var repositoryVersion = Regex.Match(File.ReadAllText(Path.Combine(Root, "Directory.Build.props")), "<Version>([^<]+)</Version>").Groups[1].Value;
        Version = $"{repositoryVersion}-{name}.{DateTime.UtcNow:yyyyMMddHHmmss}";
        foreach (var project in new[] { Path.Combine("packaging", "Daedalus.csproj"), Path.Combine(packageId, packageId + ".csproj") })
        {
            var pack = DotNet.Run(Root, null, "pack", Path.Combine(Root, project), "-c", Configuration, "--no-build", "-o", Feed, $"-p:PackageVersion={Version}");
            Assert.True(pack.ExitCode == 0, $"dotnet pack {project} failed:\n{pack.Output}");
        }
        Package = Path.Combine(Feed, $"{packageId}.{Version}.nupkg");
        Assert.True(File.Exists(Package), $"Expected {Package}.");
    }

    public string PackageId { get; }

    public string Root { get; }

    public string Feed { get; }

    public string PackagesFolder { get; }

    public string Version { get; }

    /// <summary>The satellite package.</summary>
    public string Package { get; }

    /// <summary>The configuration these tests were built in, whose outputs are packed.</summary>
    public static string Configuration =>
        AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";

    /// <summary>
    /// Builds a console project, outside the repository, that references the satellite package and
    /// <paramref name="otherReferences"/> (PackageReference elements), and runs it <paramref name="runs"/> times, one
    /// process after the other, with <paramref name="arguments"/>; stops at the first failure (a failed build is the
    /// only result).
    /// </summary>
    protected IReadOnlyList<DotNet.Result> BuildAndRun(string programSource, string otherReferences, int runs, params string[] arguments)
    {
        using var consumer = new Consumer(Feed, PackagesFolder, $"""<PackageReference Include="{PackageId}" Version="{Version}" />{otherReferences}""", programSource);
        var build = consumer.Build();
        if (build.ExitCode != 0) return [build with { Output = "The consumer did not build:\n" + build.Output }];
        var results = new List<DotNet.Result>();
        while (results.Count < runs && results is [] or [.., { ExitCode: 0 }]) results.Add(consumer.Run(arguments));
        return results;
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Daedalus.sln"))) return directory.FullName;
        }
        throw new InvalidOperationException("Daedalus.sln not found above " + AppContext.BaseDirectory);
    }
}
