using System.Reflection;

namespace Daedalus.Tests;

/// <summary>The test project's folder, recorded at build time (source paths are mapped in CI builds).</summary>
internal static class ProjectDirectory
{
    public static string Path { get; } = typeof(ProjectDirectory).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "ProjectDirectory").Value!;
}
