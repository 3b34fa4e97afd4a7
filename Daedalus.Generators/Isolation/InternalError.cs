using System;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Threading;
using Daedalus.Generators.Common;
using Daedalus.Generators.Model;

namespace Daedalus.Generators.Isolation;

/// <summary>
/// DAE0999: an exception Daedalus did not expect while reading, analysing or generating one node or graph.
/// It is caught where that type's work starts, so the type still gets its public surface and every other
/// type is generated as usual; the message names the type and the exception and asks for a report.
/// </summary>
internal static class InternalError
{
    public const string Id = "DAE0999";

    public const string ReportUrl = "https://github.com/daedalus-dataflow/daedalus/issues";

    /// <summary>Whether <paramref name="exception"/> is a Daedalus bug rather than the build being cancelled.</summary>
    public static bool IsUnexpected(Exception exception, CancellationToken cancellation) =>
        !(exception is OperationCanceledException && cancellation.IsCancellationRequested);

    /// <param name="activity">What failed, for the message: <c>reading graph 'Shop.Checkout'</c>.</param>
    public static Problem Problem(string activity, Exception exception, LocationInfo? location) =>
        new(Id, Message(activity, exception), location) { Exception = exception.ToString() };

    /// <summary>
    /// The diagnostic's properties: the whole exception, stack trace included, under <see cref="ExceptionProperty"/>.
    /// A SARIF log (<c>-p:ErrorLog=build.sarif%2Cversion=2.1</c>) writes them as the result's <c>customProperties</c>.
    /// </summary>
    public static ImmutableDictionary<string, string?> Properties(string exception) =>
        ImmutableDictionary<string, string?>.Empty.Add(ExceptionProperty, exception);

    public const string ExceptionProperty = "Exception";

    public static string Message(string activity, Exception exception)
    {
        var where = WhereThrown(exception) is { } method ? $" (in {method})" : "";
        var message = exception.Message.Replace("\r", "").Replace('\n', ' ').Trim().TrimEnd('.');
        return $"Daedalus failed while {activity}: {exception.GetType().Name}{where}: {message}. "
            + $"This is a bug in Daedalus, not in your code; other nodes and graphs are not affected. "
            + $"Please report it, with the code that triggers it, at {ReportUrl}";
    }

    /// <summary>The innermost method of this assembly on the exception's stack, as <c>Type.Method</c>, for the report.</summary>
    private static string? WhereThrown(Exception exception)
    {
        foreach (var frame in new StackTrace(exception, fNeedFileInfo: false).GetFrames() ?? Array.Empty<StackFrame>())
        {
            var method = frame.GetMethod();
            var type = method?.DeclaringType;
            if (method is null || type is null || type.Assembly != typeof(InternalError).Assembly) continue;
            // Lambdas and iterators live in compiler-generated types and methods (<>c, <Analyze>b__0_0).
            while (type.DeclaringType is not null && type.Name.StartsWith("<", StringComparison.Ordinal)) type = type.DeclaringType;
            var name = method.Name;
            if (name.StartsWith("<", StringComparison.Ordinal) && name.IndexOf('>') is var end and > 1) name = name.Substring(1, end - 1);
            return type.Name + "." + name;
        }
        return null;
    }
}
