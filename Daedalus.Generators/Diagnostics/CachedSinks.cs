using System.Collections.Generic;
using Daedalus.Generators.Model;
using Daedalus.Generators.Reading;
using Microsoft.CodeAnalysis;

namespace Daedalus.Generators.Diagnostics;

/// <summary>DAE0120 (a warning): <c>[Node(Cached = true)]</c> on a sink, which has no result for durable runs to store.</summary>
internal static class CachedSinks
{
    public static void Check(INamedTypeSymbol type, NodeModel node, List<Problem> problems)
    {
        if (!node.Cached || node.Outputs.Count > 0) return;
        problems.Add(new Problem("DAE0120",
            $"Node '{type.Name}' is a sink: a sink has no result to store, so durable runs always run it; remove Cached = true",
            NodeCaching.Where(type)));
    }
}
