using System.Text.Json;
using System.Text.Json.Serialization;

namespace Daedalus;

/// <summary>System.Text.Json metadata for plans, generated at compile time (no reflection, trim-safe).</summary>
[JsonSourceGenerationOptions(
    WriteIndented = true,
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UseStringEnumConverter = true)]
[JsonSerializable(typeof(GraphPlan))]
internal sealed partial class PlanJsonContext : JsonSerializerContext;
