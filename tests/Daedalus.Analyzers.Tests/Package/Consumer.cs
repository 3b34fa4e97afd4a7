namespace Daedalus.Analyzers.Tests.Package;

/// <summary>
/// A console project in a temporary directory that references the packed Daedalus from the local folder feed,
/// the way a user does; its nuget.config adds that feed to the machine's sources. Deleted on dispose.
/// </summary>
public sealed class Consumer : IDisposable
{
    private readonly PackageFixture _package;

    public Consumer(PackageFixture package, string programSource)
    {
        _package = package;
        Directory = Path.Combine(Path.GetTempPath(), "daedalus-consumer-" + Guid.NewGuid().ToString("N")[..12]);
        System.IO.Directory.CreateDirectory(Directory);
        File.WriteAllText(Path.Combine(Directory, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="daedalus-local" value="{package.Feed}" />
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
                <PackageReference Include="Daedalus" Version="{package.Version}" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(Directory, "Program.cs"), programSource);
    }

    public string Directory { get; }

    public DotNet.Result Build() =>
        DotNet.Run(Directory, Environment, "build", "-c", "Release", "--disable-build-servers", "-p:TreatWarningsAsErrors=false");

    public DotNet.Result Run() =>
        DotNet.Run(Directory, Environment, Path.Combine(Directory, "bin", "Release", "net10.0", "Consumer.dll"));

    private Dictionary<string, string> Environment => new() { ["NUGET_PACKAGES"] = _package.PackagesFolder };

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
