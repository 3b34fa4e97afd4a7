namespace Quickstart;

/// <summary>One temperature sample from one sensor.</summary>
public readonly record struct Reading(string Sensor, int Minute, double Celsius);
