namespace Daedalus.Generators.Tests;

/// <summary>The versions of <see cref="DurableProgram"/> the body-edit tests run, each compiled once for the class.</summary>
public sealed class DurableProgramVersions : IDisposable
{
    private readonly Lazy<DurableProgram> _original = Load("original", DurableProgram.Version1);

    private readonly Lazy<DurableProgram> _changed = Load("changed", DurableProgram.Edit("value * 2;", "value * 3;"));

    private readonly Lazy<DurableProgram> _sameOutput = Load("same-output", DurableProgram.Edit("value * 2;", "value + value;"));

    private readonly Lazy<DurableProgram> _reformatted = Load("reformatted", DurableProgram.Edit(
        "[Process] public long Run(long value) => value * 2;",
        """
        // Doubles each value.
            [Process]
            public long Run(long value)
                =>   value /* times */ * 2;
        """));

    /// <summary>Version 1.</summary>
    internal DurableProgram Original => _original.Value;

    /// <summary>Node b's body multiplies by 3, not 2: its output changes.</summary>
    internal DurableProgram Changed => _changed.Value;

    /// <summary>Node b's body adds the value to itself: new code, same output.</summary>
    internal DurableProgram SameOutput => _sameOutput.Value;

    /// <summary>Node b's layout and comments change, not its tokens.</summary>
    internal DurableProgram Reformatted => _reformatted.Value;

    public void Dispose()
    {
        foreach (var version in (Lazy<DurableProgram>[])[_original, _changed, _sameOutput, _reformatted])
        {
            if (version.IsValueCreated) version.Value.Dispose();
        }
    }

    private static Lazy<DurableProgram> Load(string name, string source) => new(() => DurableProgram.Compile(name, source));
}
