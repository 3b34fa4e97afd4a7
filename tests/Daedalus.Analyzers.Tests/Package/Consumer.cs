namespace Daedalus.Analyzers.Tests.Package;

/// <summary>
/// A console project in a temporary directory that references packed Daedalus packages from a local folder feed, the
/// way a user does; its nuget.config adds that feed to the machine's sources, and it restores into its own packages
/// folder. Deleted on dispose. Linked into the satellite packages' test projects.
/// </summary>
public sealed class Consumer : IDisposable
{
    private readonly string _packagesFolder;

    /// <param name="feed">The folder feed holding the packed packages.</param>
    /// <param name="packagesFolder">Where restore puts packages (NUGET_PACKAGES), so no stale cached package is used.</param>
    /// <param name="packageReferences">The project's <c>PackageReference</c> elements.</param>
    /// <param name="programSource">Its Program.cs.</param>
    public Consumer(string feed, string packagesFolder, string packageReferences, string programSource)
    {
        _packagesFolder = packagesFolder;
        Directory = Path.Combine(Path.GetTempPath(), "daedalus-consumer-" + Guid.NewGuid().ToString("N")[..12]);
        System.IO.Directory.CreateDirectory(Directory);
        File.WriteAllText(Path.Combine(Directory, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="daedalus-local" value="{feed}" />
              </packageSources>
            </configuration>
            """);
        File.WriteAllText(Path.Combine(Directory, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <TreatWarningsAsErrors>false</TreatWarningsAsErrors>
              </PropertyGroup>
              <ItemGroup>
                {packageReferences}
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(Directory, "Program.cs"), programSource);
    }

    public string Directory { get; }

    public DotNet.Result Build() =>
        DotNet.Run(Directory, Environment, "build", "-c", "Release", "--disable-build-servers", "-p:TreatWarningsAsErrors=false");

    public DotNet.Result Run(params string[] arguments) =>
        DotNet.Run(Directory, Environment, [Path.Combine(Directory, "bin", "Release", "net10.0", "Consumer.dll"), .. arguments]);

    private Dictionary<string, string> Environment => new() { ["NUGET_PACKAGES"] = _packagesFolder };

    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // A temp directory left behind is harmless.
        }
    }
}
