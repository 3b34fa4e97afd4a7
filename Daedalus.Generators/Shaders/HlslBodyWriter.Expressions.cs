using System;
using System.Collections.Generic;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Daedalus.Generators.Shaders;

internal sealed partial class HlslBodyWriter
{
    private const string Placeholder = "0";

    private string Expression(ExpressionSyntax expression)
    {
        var constant = model.GetConstantValue(expression);
        if (constant.HasValue && expression is not AssignmentExpressionSyntax)
        {
            if (HlslLiterals.Format(constant.Value) is { } literal) return literal;
            Report(ShaderDiagnostics.ReferenceTypeOrAllocation, expression, Describe(expression));
            return Placeholder;
        }

        switch (expression)
        {
            case ParenthesizedExpressionSyntax parenthesized:
                return $"({Expression(parenthesized.Expression)})";
            case IdentifierNameSyntax identifier:
                return Identifier(identifier);
            case MemberAccessExpressionSyntax member:
                return MemberAccess(member);
            case ElementAccessExpressionSyntax element:
                return ElementAccess(element);
            case InvocationExpressionSyntax invocation:
                return Invocation(invocation);
            case BinaryExpressionSyntax binary:
                return Binary(binary);
            case AssignmentExpressionSyntax assignment:
                return Assignment(assignment);
            case PrefixUnaryExpressionSyntax prefix when prefix.Kind() is not (SyntaxKind.AddressOfExpression or SyntaxKind.PointerIndirectionExpression or SyntaxKind.IndexExpression):
                return $"({prefix.OperatorToken.Text}{Expression(prefix.Operand)})";
            case PostfixUnaryExpressionSyntax postfix when postfix.Kind() is SyntaxKind.PostIncrementExpression or SyntaxKind.PostDecrementExpression:
                return $"{Expression(postfix.Operand)}{postfix.OperatorToken.Text}";
            case ConditionalExpressionSyntax conditional:
                return $"({Expression(conditional.Condition)} ? {Expression(conditional.WhenTrue)} : {Expression(conditional.WhenFalse)})";
            case CastExpressionSyntax cast:
                return Cast(cast);
            case BaseObjectCreationExpressionSyntax creation:
                return ObjectCreation(creation);
            case LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.DefaultLiteralExpression):
            case DefaultExpressionSyntax:
                return Default(expression);
            case ThisExpressionSyntax:
                Report(ShaderDiagnostics.UnsupportedSyntax, expression, "Using 'this' as a value");
                return Placeholder;
            case QueryExpressionSyntax:
                Report(ShaderDiagnostics.Linq, expression, Describe(expression));
                return Placeholder;
            case AwaitExpressionSyntax:
                Report(ShaderDiagnostics.AsyncOrIterator, expression, "await");
                return Placeholder;
            case ThrowExpressionSyntax:
                Report(ShaderDiagnostics.ExceptionHandling, expression, "throw");
                return Placeholder;
            case InterpolatedStringExpressionSyntax:
            case LiteralExpressionSyntax:
            case ArrayCreationExpressionSyntax:
            case ImplicitArrayCreationExpressionSyntax:
            case StackAllocArrayCreationExpressionSyntax:
            case ImplicitStackAllocArrayCreationExpressionSyntax:
            case CollectionExpressionSyntax:
            case AnonymousFunctionExpressionSyntax:
            case AnonymousObjectCreationExpressionSyntax:
                Report(ShaderDiagnostics.ReferenceTypeOrAllocation, expression, Describe(expression));
                return Placeholder;
            default:
                Report(ShaderDiagnostics.UnsupportedSyntax, expression, $"The expression '{Describe(expression)}'");
                return Placeholder;
        }
    }

    private string Identifier(IdentifierNameSyntax identifier)
    {
        var symbol = model.GetSymbolInfo(identifier).Symbol;
        switch (symbol)
        {
            case ILocalSymbol local:
                return KnownNames.Escape(local.Name);
            case IParameterSymbol parameter when SymbolEqualityComparer.Default.Equals(parameter.ContainingSymbol, method):
                return KnownNames.Escape(parameter.Name);
            case IParameterSymbol:
                Report(ShaderDiagnostics.UnsupportedSyntax, identifier, "A primary constructor parameter (assign it to a field)");
                return Placeholder;
            case IFieldSymbol field:
                return owner.FieldReference(field, identifier);
            default:
                Report(ShaderDiagnostics.UnsupportedSyntax, identifier, $"The name '{identifier.Identifier.ValueText}'");
                return Placeholder;
        }
    }

    private string MemberAccess(MemberAccessExpressionSyntax member)
    {
        var symbol = model.GetSymbolInfo(member).Symbol;
        if (member.Expression is ThisExpressionSyntax && symbol is IFieldSymbol ownField)
            return owner.FieldReference(ownField, member);

        var container = symbol?.ContainingType;
        if (symbol is IPropertySymbol property && container is not null && KnownNames.IsInShadersNamespace(container))
        {
            if (ThreadState(container.Name, property.Name) is { } state) return state;
            if (HlslTypes.IsVector(container) && IsSwizzle(property.Name))
                return $"{Expression(member.Expression)}.{property.Name.ToLowerInvariant()}";
            if (property.Name == "Length" && container.Name.EndsWith("Buffer", StringComparison.Ordinal))
                return owner.BufferLength(member.Expression, model);
        }
        if (symbol is IFieldSymbol field && !field.IsStatic && container is not null)
        {
            if (HlslTypes.IsVector(container)) return $"{Expression(member.Expression)}.{field.Name.ToLowerInvariant()}";
            if (HlslTypes.IsUserStruct(container)) return $"{Expression(member.Expression)}.{KnownNames.Escape(field.Name)}";
        }
        if (symbol is IFieldSymbol staticField && staticField.IsStatic)
            return owner.FieldReference(staticField, member);
        Report(ShaderDiagnostics.UnsupportedSyntax, member, $"The member '{Describe(member)}'");
        return Placeholder;
    }

    private static bool IsSwizzle(string name)
    {
        foreach (var c in name)
        {
            if (c is not ('X' or 'Y' or 'Z' or 'W')) return false;
        }
        return name.Length > 0;
    }

    private string? ThreadState(string type, string property)
    {
        var lower = property.ToLowerInvariant();
        var group = owner.GroupSize;
        return (type, property) switch
        {
            ("ThreadIds", "XYZ") => "__ThreadIds",
            ("ThreadIds", _) => "__ThreadIds." + lower,
            ("GroupIds", "Index") => "__GroupIndex",
            ("GroupIds", "XYZ") => "__GroupIds",
            ("GroupIds", _) => "__GroupIds." + lower,
            ("GroupSize", "X") => group.X.ToString(CultureInfo.InvariantCulture),
            ("GroupSize", "Y") => group.Y.ToString(CultureInfo.InvariantCulture),
            ("GroupSize", "Z") => group.Z.ToString(CultureInfo.InvariantCulture),
            ("GroupSize", "Count") => (group.X * group.Y * group.Z).ToString(CultureInfo.InvariantCulture),
            ("DispatchSize", "Count") => "(__DispatchSize.x * __DispatchSize.y * __DispatchSize.z)",
            ("DispatchSize", "XYZ") => "__DispatchSize",
            ("DispatchSize", _) => "__DispatchSize." + lower,
            _ => null,
        };
    }

    private string ElementAccess(ElementAccessExpressionSyntax element)
    {
        var type = model.GetTypeInfo(element.Expression).Type;
        if (type is INamedTypeSymbol named && ShaderTranspiler.ResourceKindOf(named) is not null && element.ArgumentList.Arguments.Count == 1)
            return $"{Expression(element.Expression)}[{Expression(element.ArgumentList.Arguments[0].Expression)}]";
        if (type is IArrayTypeSymbol)
            Report(ShaderDiagnostics.ReferenceTypeOrAllocation, element, Describe(element));
        else
            Report(ShaderDiagnostics.UnsupportedSyntax, element, $"The indexer '{Describe(element)}'");
        return Placeholder;
    }

    private string Binary(BinaryExpressionSyntax binary)
    {
        switch (binary.Kind())
        {
            case SyntaxKind.AsExpression:
            case SyntaxKind.IsExpression:
            case SyntaxKind.CoalesceExpression:
                Report(ShaderDiagnostics.UnsupportedSyntax, binary, $"The operator '{binary.OperatorToken.Text}'");
                return Placeholder;
        }
        var left = Expression(binary.Left);
        var right = Expression(binary.Right);
        if (binary.Kind() is SyntaxKind.LeftShiftExpression or SyntaxKind.RightShiftExpression)
            right = ShiftCount(binary.Right, right);
        if (binary.IsKind(SyntaxKind.UnsignedRightShiftExpression))
        {
            Report(ShaderDiagnostics.UnsupportedSyntax, binary, "The operator '>>>'");
            return Placeholder;
        }
        return $"({left} {binary.OperatorToken.Text} {right})";
    }

    // C# masks shift counts to 0..31; SPIR-V leaves larger counts undefined, so mask explicitly.
    private string ShiftCount(ExpressionSyntax count, string written) =>
        model.GetConstantValue(count) is { HasValue: true, Value: int value } && value is >= 0 and < 32 ? written : $"({written} & 31)";

    private string Assignment(AssignmentExpressionSyntax assignment)
    {
        if (assignment.IsKind(SyntaxKind.CoalesceAssignmentExpression) || assignment.Left is TupleExpressionSyntax or DeclarationExpressionSyntax)
        {
            Report(ShaderDiagnostics.UnsupportedSyntax, assignment, $"The assignment '{Describe(assignment)}'");
            return Placeholder;
        }
        if (assignment.IsKind(SyntaxKind.UnsignedRightShiftAssignmentExpression))
        {
            Report(ShaderDiagnostics.UnsupportedSyntax, assignment, "The operator '>>>='");
            return Placeholder;
        }
        var right = Expression(assignment.Right);
        if (assignment.Kind() is SyntaxKind.LeftShiftAssignmentExpression or SyntaxKind.RightShiftAssignmentExpression)
            right = ShiftCount(assignment.Right, right);
        return $"{Expression(assignment.Left)} {assignment.OperatorToken.Text} {right}";
    }

    private string Cast(CastExpressionSyntax cast)
    {
        var type = model.GetTypeInfo(cast.Type).Type;
        var hlsl = type is null ? "int" : owner.TypeName(type, cast.Type.GetLocation(), "A cast");
        return $"(({hlsl}){Expression(cast.Expression)})";
    }

    private string Default(ExpressionSyntax expression)
    {
        var type = model.GetTypeInfo(expression).ConvertedType;
        var hlsl = type is null ? "int" : owner.TypeName(type, expression.GetLocation(), "A default value");
        return $"(({hlsl})0)";
    }

    private string ObjectCreation(BaseObjectCreationExpressionSyntax creation)
    {
        var type = model.GetTypeInfo(creation).Type;
        if (type is null || type.IsReferenceType)
        {
            Report(ShaderDiagnostics.ReferenceTypeOrAllocation, creation, Describe(creation));
            return Placeholder;
        }
        if (creation.Initializer is not null)
        {
            Report(ShaderDiagnostics.UnsupportedSyntax, creation, "An object initializer (assign the fields one by one)");
            return Placeholder;
        }
        var hlsl = owner.TypeName(type, creation.GetLocation(), "A new value");
        var arguments = creation.ArgumentList?.Arguments ?? default;
        if (arguments.Count == 0) return $"(({hlsl})0)";
        if (!HlslTypes.IsVector(type))
        {
            Report(ShaderDiagnostics.UnsupportedSyntax, creation, "A struct constructor with arguments (assign the fields one by one)");
            return Placeholder;
        }
        var written = new List<string>();
        foreach (var argument in arguments) written.Add(Expression(argument.Expression));
        return $"{hlsl}({string.Join(", ", written)})";
    }
}
