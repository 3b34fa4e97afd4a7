using Daedalus.Analyzers.Tests.Package;
using Daedalus.Tests.Shared;

namespace Daedalus.Hosting.Tests.Package;

/// <summary>Daedalus and Daedalus.Hosting packed once (see <see cref="SatellitePackageFixture"/>).</summary>
public sealed class HostingPackageFixture() : SatellitePackageFixture("Daedalus.Hosting")
{
    /// <summary>Builds and runs a console project that references Daedalus.Hosting and the generic host.</summary>
    public DotNet.Result BuildAndRun(string programSource) =>
        BuildAndRun(programSource, """<PackageReference Include="Microsoft.Extensions.Hosting" Version="10.0.0" />""", runs: 1)[0];
}
