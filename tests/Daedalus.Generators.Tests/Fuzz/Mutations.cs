using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Daedalus.Generators.Tests.Fuzz;

/// <summary>One edit of a source file: what it did, for the failure message, and the text changes.</summary>
internal sealed record Mutation(string Description, IReadOnlyList<TextChange> Changes);

/// <summary>
/// Random edits of graph and node sources, each a small step away from a program a user could be typing:
/// tokens deleted, duplicated or swapped, the file cut short, <c>partial</c> removed, statements, members and
/// types reordered, duplicated or removed, locals renamed, arguments named and swapped, literals made hostile;
/// and graphs of other shapes: connections added between the ports a Define already uses (cycles, fan-in,
/// fan-out), reversed, or distributed round-robin. Each returns null when the file has nothing it applies to.
/// </summary>
internal static class Mutations
{
    public static readonly Func<SyntaxNode, Random, Mutation?>[] All =
    [
        DeleteToken, DuplicateToken, SwapIdentifiers, Truncate, RemovePartial, SwapStatements, DuplicateStatement,
        SwapMembers, SwapTypes, RenameLocal, NameAndSwapArguments, ReplaceLiteral, MoveToken,
        RemoveStatement, AddConnection, ReverseConnection, AddRoundRobin,
    ];

    /// <summary>Names a renamed local may get: PascalCase, non-Latin, escaped keywords, and names generated code uses.</summary>
    private static readonly string[] Names =
    [
        "@class", "@event", "@int", "@var", "@default", "@this", "Узел", "节点", "Ωmega", "ñandú", "x\u0301",
        "_", "__x", "_1", "Run", "Plan", "Edges", "Discards", "Define", "g", "Ports", "Output", "Value", "__edges",
        "__running", "__BeginRun", "__graph", "context", "token", "cancellationToken", "global", "Item1", "ToString",
    ];

    /// <summary>Values a literal may become: zero, negative, huge, and of the wrong type.</summary>
    private static readonly string[] Literals =
        ["0", "-1", "2147483647", "int.MaxValue", "long.MaxValue", "1e9", "0.5", "'x'", "\"\"", "null", "default", "(Overflow)7", "(FanOut)9"];

    /// <summary>Parameter names of the graph builder's and Edge's methods, for named arguments.</summary>
    private static readonly Dictionary<string, string[]> Parameters = new()
    {
        ["Connect"] = ["from", "to", "policy"],
        ["Distribute"] = ["output", "mode"],
        ["Bounded"] = ["capacity", "overflow"],
        ["Bytes"] = ["capacityBytes"],
        ["Add"] = ["node"],
    };

    private static Mutation? DeleteToken(SyntaxNode root, Random random) =>
        Pick(Tokens(root), random) is { } token ? new($"delete '{token}' at {token.SpanStart}", [new TextChange(token.Span, "")]) : null;

    private static Mutation? DuplicateToken(SyntaxNode root, Random random) =>
        Pick(Tokens(root), random) is { } token ? new($"duplicate '{token}' at {token.SpanStart}", [new TextChange(new TextSpan(token.Span.End, 0), " " + token.Text)]) : null;

    private static Mutation? MoveToken(SyntaxNode root, Random random)
    {
        var tokens = Tokens(root);
        if (tokens.Count < 2) return null;
        var token = tokens[random.Next(tokens.Count)];
        var target = tokens[random.Next(tokens.Count)];
        if (token.Span.IntersectsWith(target.Span) || token.Span.End == target.SpanStart) return null;
        return new($"move '{token}' at {token.SpanStart} before '{target}' at {target.SpanStart}",
            Ordered(new TextChange(token.Span, ""), new TextChange(new TextSpan(target.SpanStart, 0), token.Text + " ")));
    }

    private static Mutation? SwapIdentifiers(SyntaxNode root, Random random)
    {
        var identifiers = Tokens(root).Where(t => t.IsKind(SyntaxKind.IdentifierToken)).ToList();
        if (identifiers.Count < 2) return null;
        var first = identifiers[random.Next(identifiers.Count)];
        var second = identifiers[random.Next(identifiers.Count)];
        if (first.Text == second.Text) return null;
        return new($"swap '{first}' at {first.SpanStart} with '{second}' at {second.SpanStart}",
            Ordered(new TextChange(first.Span, second.Text), new TextChange(second.Span, first.Text)));
    }

    private static Mutation? Truncate(SyntaxNode root, Random random)
    {
        if (root.FullSpan.Length == 0) return null;
        var at = random.Next(root.FullSpan.Length);
        return new($"truncate at {at}", [new TextChange(TextSpan.FromBounds(at, root.FullSpan.End), "")]);
    }

    private static Mutation? RemovePartial(SyntaxNode root, Random random) =>
        Pick(Tokens(root).Where(t => t.IsKind(SyntaxKind.PartialKeyword)).ToList(), random) is { } partial
            ? new($"remove 'partial' at {partial.SpanStart}", [new TextChange(partial.Span, "")])
            : null;

    private static Mutation? SwapStatements(SyntaxNode root, Random random) =>
        Pick(root.DescendantNodes().OfType<BlockSyntax>().Where(b => b.Statements.Count > 1).ToList(), random) is { } block
            ? Swap("statements", block.Statements, random)
            : null;

    private static Mutation? DuplicateStatement(SyntaxNode root, Random random) =>
        Pick(root.DescendantNodes().OfType<StatementSyntax>().Where(s => s.Parent is BlockSyntax).ToList(), random) is { } statement
            ? new($"duplicate statement at {statement.SpanStart}", [new TextChange(new TextSpan(statement.Span.End, 0), " " + statement)])
            : null;

    private static Mutation? SwapMembers(SyntaxNode root, Random random) =>
        Pick(root.DescendantNodes().OfType<TypeDeclarationSyntax>().Where(t => t.Members.Count > 1).ToList(), random) is { } type
            ? Swap("members", type.Members, random)
            : null;

    private static Mutation? SwapTypes(SyntaxNode root, Random random)
    {
        var containers = root.DescendantNodesAndSelf()
            .Select(n => n switch
            {
                CompilationUnitSyntax unit => unit.Members,
                BaseNamespaceDeclarationSyntax ns => ns.Members,
                _ => default,
            })
            .Where(members => members.Count > 1)
            .ToList();
        return containers.Count == 0 ? null : Swap("types", containers[random.Next(containers.Count)], random);
    }

    /// <summary>Renames a local everywhere in its method, to a name of another shape.</summary>
    private static Mutation? RenameLocal(SyntaxNode root, Random random)
    {
        var local = Pick(root.DescendantNodes().OfType<VariableDeclaratorSyntax>().Where(v => v.Parent?.Parent is LocalDeclarationStatementSyntax).ToList(), random);
        if (local?.FirstAncestorOrSelf<BaseMethodDeclarationSyntax>() is not { } method) return null;
        var name = local.Identifier.ValueText;
        var renamed = random.Next(3) == 0 ? char.ToUpperInvariant(name[0]) + name[1..] : Names[random.Next(Names.Length)];
        var changes = method.DescendantTokens()
            .Where(t => t.IsKind(SyntaxKind.IdentifierToken) && t.ValueText == name)
            .Select(t => new TextChange(t.Span, renamed))
            .ToList();
        return new($"rename local '{name}' to '{renamed}' in {method.GetType().Name} at {method.SpanStart}", changes);
    }

    /// <summary>Names the arguments of a builder or Edge call, in their order or another one.</summary>
    private static Mutation? NameAndSwapArguments(SyntaxNode root, Random random)
    {
        var call = Pick(root.DescendantNodes().OfType<InvocationExpressionSyntax>()
            .Where(i => i.ArgumentList.Arguments.Count > 0 && i.ArgumentList.Arguments.All(a => a.NameColon is null) && MethodName(i) is { } m && Parameters.ContainsKey(m))
            .ToList(), random);
        if (call is null) return null;
        var names = Parameters[MethodName(call)!];
        var arguments = call.ArgumentList.Arguments.Select((a, i) => (Name: i < names.Length ? names[i] : "extra" + i, Text: a.Expression.ToString())).ToList();
        var order = random.Next(3) switch
        {
            0 => arguments,
            1 => Enumerable.Reverse(arguments).ToList(),
            _ => arguments.OrderBy(_ => random.Next()).ToList(),
        };
        var named = order.Select((a, i) => i == 0 && random.Next(4) == 0 ? a.Text : $"{a.Name}: {a.Text}");
        return new($"name and reorder the arguments of '{call.Expression}' at {call.SpanStart}",
            [new TextChange(call.ArgumentList.Span, "(" + string.Join(", ", named) + ")")]);
    }

    private static Mutation? ReplaceLiteral(SyntaxNode root, Random random)
    {
        var literal = Pick(root.DescendantNodes().OfType<LiteralExpressionSyntax>().ToList(), random);
        if (literal is null) return null;
        var value = Literals[random.Next(Literals.Length)];
        return new($"replace '{literal}' at {literal.SpanStart} with '{value}'", [new TextChange(literal.Span, value)]);
    }

    private static Mutation? RemoveStatement(SyntaxNode root, Random random) =>
        Pick(root.DescendantNodes().OfType<StatementSyntax>().Where(s => s.Parent is BlockSyntax).ToList(), random) is { } statement
            ? new($"remove statement at {statement.SpanStart}", [new TextChange(statement.Span, "")])
            : null;

    /// <summary>Connects the output of one <c>Connect</c> call to the input of another, anywhere in the same Define.</summary>
    private static Mutation? AddConnection(SyntaxNode root, Random random)
    {
        var block = Pick(Blocks(root).Where(b => Connects(b).Count > 0).ToList(), random);
        if (block is null) return null;
        var connects = Connects(block);
        var from = connects[random.Next(connects.Count)].ArgumentList.Arguments[0].Expression;
        var to = connects[random.Next(connects.Count)].ArgumentList.Arguments[1].Expression;
        var builder = ((MemberAccessExpressionSyntax)connects[0].Expression).Expression;
        return Insert(block, random, $"{builder}.Connect({from}, {to});");
    }

    private static Mutation? ReverseConnection(SyntaxNode root, Random random)
    {
        var connect = Pick(Blocks(root).SelectMany(Connects).ToList(), random);
        if (connect is null) return null;
        var arguments = connect.ArgumentList.Arguments;
        return new($"reverse '{connect}' at {connect.SpanStart}",
            Ordered(new TextChange(arguments[0].Span, arguments[1].ToString()), new TextChange(arguments[1].Span, arguments[0].ToString())));
    }

    /// <summary>Distributes the output of a <c>Connect</c> call round-robin (whatever it carries, bytes included).</summary>
    private static Mutation? AddRoundRobin(SyntaxNode root, Random random)
    {
        var block = Pick(Blocks(root).Where(b => Connects(b).Count > 0).ToList(), random);
        if (block is null) return null;
        var connect = Connects(block)[random.Next(Connects(block).Count)];
        var builder = ((MemberAccessExpressionSyntax)connect.Expression).Expression;
        return Insert(block, random, $"{builder}.Distribute({connect.ArgumentList.Arguments[0]}, FanOut.RoundRobin);");
    }

    private static IEnumerable<BlockSyntax> Blocks(SyntaxNode root) => root.DescendantNodes().OfType<BlockSyntax>();

    /// <summary>The <c>x.Connect(a, b...)</c> statements directly in <paramref name="block"/>.</summary>
    private static List<InvocationExpressionSyntax> Connects(BlockSyntax block) =>
        block.Statements.OfType<ExpressionStatementSyntax>()
            .Select(s => s.Expression)
            .OfType<InvocationExpressionSyntax>()
            .Where(i => i.Expression is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Connect" } && i.ArgumentList.Arguments.Count >= 2)
            .ToList();

    /// <summary>Inserts <paramref name="statement"/> before a random statement of <paramref name="block"/>, or at its end.</summary>
    private static Mutation Insert(BlockSyntax block, Random random, string statement)
    {
        var at = random.Next(block.Statements.Count + 1);
        var position = at < block.Statements.Count ? block.Statements[at].SpanStart : block.CloseBraceToken.SpanStart;
        return new($"insert '{statement}' at {position}", [new TextChange(new TextSpan(position, 0), statement + " ")]);
    }

    private static Mutation Swap<T>(string what, SyntaxList<T> items, Random random) where T : SyntaxNode
    {
        var first = random.Next(items.Count);
        var second = (first + 1 + random.Next(items.Count - 1)) % items.Count;
        return new($"swap {what} at {items[first].SpanStart} and {items[second].SpanStart}",
            Ordered(new TextChange(items[first].Span, items[second].ToString()), new TextChange(items[second].Span, items[first].ToString())));
    }

    private static string? MethodName(InvocationExpressionSyntax call) => call.Expression switch
    {
        MemberAccessExpressionSyntax member => member.Name.Identifier.ValueText,
        IdentifierNameSyntax name => name.Identifier.ValueText,
        _ => null,
    };

    private static List<SyntaxToken> Tokens(SyntaxNode root) => root.DescendantTokens().Where(t => t.Span.Length > 0).ToList();

    private static T? Pick<T>(IReadOnlyList<T> items, Random random) where T : class => items.Count == 0 ? null : items[random.Next(items.Count)];

    private static SyntaxToken? Pick(List<SyntaxToken> items, Random random) => items.Count == 0 ? null : items[random.Next(items.Count)];

    private static TextChange[] Ordered(TextChange a, TextChange b) => a.Span.Start <= b.Span.Start ? [a, b] : [b, a];
}
