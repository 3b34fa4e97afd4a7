using System;
using Daedalus.Generators.Diagnostics;
using Microsoft.CodeAnalysis;

namespace Daedalus.Generators.Isolation;

/// <summary>
/// Adds one type's generated file behind a wall. Emitting runs only in the generator, so an exception here is
/// reported by the generator itself (DAE0999, without a location: the models keep none, so that moving a class
/// does not regenerate it); the type then gets the first fallback that can be emitted, and the other types'
/// files are added as usual.
/// </summary>
internal static class GuardedOutput
{
    /// <param name="subject">The type, for the message: <c>node 'Shop.Orders'</c>.</param>
    /// <param name="attempts">The full file first, then fallbacks with less in them.</param>
    public static void AddSource(SourceProductionContext output, string hintName, string subject, params Func<string>[] attempts)
    {
        var reported = false;
        foreach (var attempt in attempts)
        {
            string text;
            try
            {
                text = attempt();
            }
            catch (Exception exception) when (InternalError.IsUnexpected(exception, output.CancellationToken))
            {
                if (!reported) Report(output, $"generating {subject}", exception);
                reported = true;
                continue;
            }
            try
            {
                output.AddSource(hintName, text);
            }
            catch (Exception exception) when (InternalError.IsUnexpected(exception, output.CancellationToken))
            {
                // Roslyn refuses a duplicate or malformed hint name; another text under the same name would fail too.
                if (!reported) Report(output, $"adding the generated file '{hintName}' of {subject}", exception);
            }
            return;
        }
    }

    /// <summary>
    /// One part of a shared file behind a wall: the part's text, or null when writing it throws, which is reported
    /// as DAE0999 on <paramref name="subject"/>; the file is then written without that part.
    /// </summary>
    public static string? Part(SourceProductionContext output, string subject, Func<string> emit)
    {
        try
        {
            return emit();
        }
        catch (Exception exception) when (InternalError.IsUnexpected(exception, output.CancellationToken))
        {
            Report(output, $"generating {subject}", exception);
            return null;
        }
    }

    private static void Report(SourceProductionContext output, string activity, Exception exception) =>
        output.ReportDiagnostic(Diagnostic.Create(Descriptors.InternalError, Location.None,
            InternalError.Properties(exception.ToString()), InternalError.Message(activity, exception)));
}
