namespace Daedalus.Generators.Common;

/// <summary>The generator's version, as generated code names it; part of every node's code hash, so a new generator invalidates stored results.</summary>
internal static class GeneratorVersion
{
    public const string Value = "0.1.0";
}
