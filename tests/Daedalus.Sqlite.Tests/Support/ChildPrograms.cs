namespace Daedalus.Sqlite.Tests.Support;

/// <summary>Where the child programs the tests start are built: their own output folders, in the test build's configuration.</summary>
public static class ChildPrograms
{
    /// <summary>The path of <c>{project}.dll</c> under <c>tests/{project}/bin/{configuration}/net10.0</c>.</summary>
    public static string Find(string project)
    {
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var program = Path.Combine(directory.FullName, "tests", project, "bin", configuration, "net10.0", project + ".dll");
            if (File.Exists(program)) return program;
        }
        throw new FileNotFoundException($"{project}.dll not found above {AppContext.BaseDirectory}");
    }
}
