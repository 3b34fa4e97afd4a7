namespace Daedalus;

/// <summary>
/// Called once per run, before the node's first firing. The method returns <c>void</c>,
/// <see cref="System.Threading.Tasks.Task"/> or <see cref="System.Threading.Tasks.ValueTask"/> and may take
/// a <see cref="System.Threading.CancellationToken"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Method, Inherited = false)]
public sealed class InitializeAttribute : Attribute;

/// <summary>
/// Called once per run after the node's last firing, also when the run fails or is cancelled
/// (for every node whose initialize hook completed). Same signatures as <see cref="InitializeAttribute"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Method, Inherited = false)]
public sealed class CleanupAttribute : Attribute;
