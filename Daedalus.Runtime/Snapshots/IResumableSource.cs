namespace Daedalus.Runtime;

/// <summary>
/// Implemented by a node without inputs that keeps its own position in its node state. When a run resumes
/// from a <see cref="GraphSnapshot"/>, such a node is opened and fired as it is; other nodes without inputs
/// are opened and fired, with their output discarded, as many times as they fired before the snapshot, so
/// that a deterministic source continues where it stopped.
/// </summary>
public interface IResumableSource;
