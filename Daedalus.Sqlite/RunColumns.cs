using System.Text.Json;
using System.Text.Json.Serialization;
using Daedalus.Runtime;

namespace Daedalus.Sqlite;

/// <summary>How a run's status and meters are written in the <c>runs</c> table: readable text, fixed names.</summary>
internal static class RunColumns
{
    public static string StatusName(DurableRunStatus status) => status switch
    {
        DurableRunStatus.New or DurableRunStatus.Running => "running",
        DurableRunStatus.Completed => "completed",
        DurableRunStatus.BudgetExceeded => "budget-exceeded",
        DurableRunStatus.Failed => "failed",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown run status."),
    };

    public static DurableRunStatus? ParseStatus(string name) => name switch
    {
        "running" => DurableRunStatus.Running,
        "completed" => DurableRunStatus.Completed,
        "budget-exceeded" => DurableRunStatus.BudgetExceeded,
        "failed" => DurableRunStatus.Failed,
        _ => null,
    };

    public static string WriteMeters(IReadOnlyDictionary<string, long> meters) =>
        JsonSerializer.Serialize(meters as Dictionary<string, long> ?? new Dictionary<string, long>(meters), MetersJson.Default.DictionaryStringInt64);

    /// <summary>The meters in <paramref name="json"/>, or <see langword="null"/> when it is not an object of numbers.</summary>
    public static Dictionary<string, long>? ReadMeters(string json)
    {
        try
        {
            var meters = JsonSerializer.Deserialize(json, MetersJson.Default.DictionaryStringInt64);
            return meters is null ? null : new Dictionary<string, long>(meters, StringComparer.Ordinal);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

[JsonSerializable(typeof(Dictionary<string, long>))]
internal sealed partial class MetersJson : JsonSerializerContext;
