using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Daedalus.Generators.Shaders;

internal sealed partial class HlslBodyWriter
{
    private void Statement(StatementSyntax statement)
    {
        switch (statement)
        {
            case BlockSyntax block:
                using (_out.Block("")) { foreach (var inner in block.Statements) Statement(inner); }
                break;
            case LocalDeclarationStatementSyntax local:
                if (local.UsingKeyword != default || local.AwaitKeyword != default)
                {
                    Report(ShaderDiagnostics.UsingOrLock, local, "using");
                    break;
                }
                if (local.IsConst) break; // constants are inlined where they are read
                _out.Line(Declaration(local.Declaration) + ";");
                break;
            case ExpressionStatementSyntax expression:
                _out.Line(Expression(expression.Expression) + ";");
                break;
            case IfStatementSyntax @if:
                If(@if);
                break;
            case ForStatementSyntax @for:
                For(@for);
                break;
            case WhileStatementSyntax @while:
                Body($"while ({Expression(@while.Condition)})", @while.Statement);
                break;
            case DoStatementSyntax @do:
                Body("do", @do.Statement);
                _out.Line($"while ({Expression(@do.Condition)});");
                break;
            case BreakStatementSyntax:
                _out.Line("break;");
                break;
            case ContinueStatementSyntax:
                _out.Line("continue;");
                break;
            case ReturnStatementSyntax @return:
                _out.Line(@return.Expression is null ? "return;" : $"return {Expression(@return.Expression)};");
                break;
            case EmptyStatementSyntax:
                break;
            case TryStatementSyntax:
            case ThrowStatementSyntax:
                Report(ShaderDiagnostics.ExceptionHandling, statement, Keyword(statement));
                break;
            case CommonForEachStatementSyntax:
                Report(ShaderDiagnostics.ForEach, statement);
                break;
            case UsingStatementSyntax:
            case LockStatementSyntax:
                Report(ShaderDiagnostics.UsingOrLock, statement, Keyword(statement));
                break;
            case YieldStatementSyntax:
                Report(ShaderDiagnostics.AsyncOrIterator, statement, "yield");
                break;
            case LocalFunctionStatementSyntax:
                Report(ShaderDiagnostics.UnsupportedSyntax, statement, "A local function (declare a static method in the shader instead)");
                break;
            default:
                Report(ShaderDiagnostics.UnsupportedSyntax, statement, $"The statement '{Describe(statement)}'");
                break;
        }
    }

    private void Body(string header, StatementSyntax body)
    {
        using (_out.Block(header))
        {
            if (body is BlockSyntax block)
            {
                foreach (var inner in block.Statements) Statement(inner);
            }
            else
            {
                Statement(body);
            }
        }
    }

    private void If(IfStatementSyntax @if)
    {
        Body($"if ({Expression(@if.Condition)})", @if.Statement);
        var @else = @if.Else;
        while (@else is not null)
        {
            if (@else.Statement is IfStatementSyntax nested)
            {
                Body($"else if ({Expression(nested.Condition)})", nested.Statement);
                @else = nested.Else;
            }
            else
            {
                Body("else", @else.Statement);
                @else = null;
            }
        }
    }

    private void For(ForStatementSyntax @for)
    {
        var initializers = new List<string>();
        if (@for.Declaration is { } declaration) initializers.Add(Declaration(declaration));
        foreach (var initializer in @for.Initializers) initializers.Add(Expression(initializer));
        var condition = @for.Condition is null ? "" : Expression(@for.Condition);
        var incrementors = new List<string>();
        foreach (var incrementor in @for.Incrementors) incrementors.Add(Expression(incrementor));
        Body($"for ({string.Join(", ", initializers)}; {condition}; {string.Join(", ", incrementors)})", @for.Statement);
    }

    private string Declaration(VariableDeclarationSyntax declaration)
    {
        var type = model.GetTypeInfo(declaration.Type).Type;
        var hlslType = type is null ? "int" : owner.TypeName(type, declaration.Type.GetLocation(), "A local variable");
        var parts = new List<string>();
        foreach (var variable in declaration.Variables)
        {
            var name = KnownNames.Escape(variable.Identifier.ValueText);
            parts.Add(variable.Initializer is null ? name : $"{name} = {Expression(variable.Initializer.Value)}");
        }
        return $"{hlslType} {string.Join(", ", parts)}";
    }
}
