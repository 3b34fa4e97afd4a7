namespace Daedalus.Runtime;

/// <summary>
/// A durable run reached a limit of its <see cref="RunBudget"/> and stopped. Everything it finished is stored: run it
/// again with the same run id and a larger budget to go on. <see cref="Result"/> says what ran and which limit stopped it.
/// </summary>
public sealed class GraphBudgetExceededException(RunResult result)
    : Exception($"Durable run '{result.Durable?.RunId}' of graph '{result.Graph}' stopped at its budget ({result.Durable?.BudgetExceeded}); run it again with the same run id and a larger budget to resume it.")
{
    /// <summary>What the run did.</summary>
    public RunResult Result { get; } = result;
}
