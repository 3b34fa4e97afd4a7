namespace Daedalus.Generators.Analysis;

/// <summary>Which diagnostic IDs are warnings; every other DAE ID is an error that stops the graph from running.</summary>
internal static class Severity
{
    public static bool IsWarning(string id) => id is "DAE0003" or "DAE0004" or "DAE0005" or "DAE0015" or "DAE0120";
}
