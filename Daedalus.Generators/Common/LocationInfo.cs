using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Daedalus.Generators.Common;

/// <summary>
/// A source location as plain, value-equatable data (a <see cref="Location"/> would pin a syntax
/// tree in the incremental cache).
/// </summary>
internal sealed record LocationInfo(string FilePath, TextSpan Span, LinePositionSpan LineSpan)
{
    public Location ToLocation() => Location.Create(FilePath, Span, LineSpan);

    public static LocationInfo? From(SyntaxNode? node) => node is null ? null : From(node.GetLocation());

    public static LocationInfo? From(Location? location) =>
        location?.SourceTree is null
            ? null
            : new LocationInfo(location.SourceTree.FilePath, location.SourceSpan, location.GetLineSpan().Span);
}
