namespace Daedalus.Generators.Tests;

/// <summary>
/// Compares generated text with a baseline file in Snapshots/. Line endings are normalised; a
/// mismatch reports the first differing line. Set DAEDALUS_ACCEPT_SNAPSHOTS=1 to write new baselines.
/// </summary>
internal static class Snapshot
{
    public static void Match(string actual, string name)
    {
        var path = Path.Combine(ProjectDirectory.Path, "Snapshots", name);
        actual = Normalize(actual);
        if (Environment.GetEnvironmentVariable("DAEDALUS_ACCEPT_SNAPSHOTS") == "1")
        {
            File.WriteAllText(path, actual);
            return;
        }
        Assert.True(File.Exists(path), $"No baseline {path}. Run the tests with DAEDALUS_ACCEPT_SNAPSHOTS=1 to create it, then review it.");
        var expected = Normalize(File.ReadAllText(path));
        if (expected == actual) return;

        var expectedLines = expected.Split('\n');
        var actualLines = actual.Split('\n');
        var line = 0;
        while (line < expectedLines.Length && line < actualLines.Length && expectedLines[line] == actualLines[line]) line++;
        Assert.Fail(
            $"Generated code differs from {name} at line {line + 1}:\n" +
            $"  expected: {(line < expectedLines.Length ? expectedLines[line] : "<end of file>")}\n" +
            $"  actual:   {(line < actualLines.Length ? actualLines[line] : "<end of file>")}\n" +
            "If the change is intended, run the tests with DAEDALUS_ACCEPT_SNAPSHOTS=1 and review the diff.");
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n").TrimEnd('\n') + "\n";
}
