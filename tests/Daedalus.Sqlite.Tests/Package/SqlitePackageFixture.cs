using Daedalus.Analyzers.Tests.Package;
using Daedalus.Tests.Shared;

namespace Daedalus.Sqlite.Tests.Package;

/// <summary>Daedalus and Daedalus.Sqlite packed once (see <see cref="SatellitePackageFixture"/>).</summary>
public sealed class SqlitePackageFixture() : SatellitePackageFixture("Daedalus.Sqlite")
{
    /// <summary>Builds a consumer that references Daedalus.Sqlite only and runs it <paramref name="runs"/> times with <paramref name="arguments"/>.</summary>
    public IReadOnlyList<DotNet.Result> BuildAndRun(string programSource, int runs, params string[] arguments) =>
        BuildAndRun(programSource, "", runs, arguments);
}
