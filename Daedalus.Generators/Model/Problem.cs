using Daedalus.Generators.Common;

namespace Daedalus.Generators.Model;

/// <summary>
/// Something wrong with a node or graph declaration, found while reading it. The analyzer reports
/// problems as diagnostics; the generator only needs to know that there are some.
/// </summary>
/// <param name="Id">The diagnostic ID (<c>DAExxxx</c>).</param>
/// <param name="Message">The specific message.</param>
/// <param name="Location">Where it is, when known.</param>
internal sealed record Problem(string Id, string Message, LocationInfo? Location)
{
    /// <summary>For an internal error (DAE0999), the exception with its stack trace, for the bug report.</summary>
    public string? Exception { get; init; }
}
