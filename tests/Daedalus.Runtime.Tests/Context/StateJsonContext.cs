using System.Text.Json.Serialization;

namespace Daedalus.Runtime.Tests.Context;

/// <summary>A position in a file, as a node might keep it.</summary>
public sealed record Position(string File, long Offset);

/// <summary>The type infos the state tests declare slots with, generated like an application's.</summary>
[JsonSerializable(typeof(int))]
[JsonSerializable(typeof(double))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(List<string>))]
[JsonSerializable(typeof(Position))]
[JsonSerializable(typeof(object))]
internal sealed partial class StateJsonContext : JsonSerializerContext;
