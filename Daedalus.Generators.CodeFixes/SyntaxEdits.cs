using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Daedalus.Generators.CodeFixes;

/// <summary>Small syntax edits shared by the code fixes.</summary>
internal static class SyntaxEdits
{
    public static bool HasPartial(SyntaxTokenList modifiers) => modifiers.Any(SyntaxKind.PartialKeyword);

    /// <summary>
    /// Appends <c>partial</c> to a modifier list (C# wants it last, right before the keyword). With no
    /// modifiers, the keyword's leading trivia (indentation, comments) moves in front of <c>partial</c>.
    /// </summary>
    public static (SyntaxTokenList Modifiers, SyntaxToken Keyword) AddPartial(SyntaxTokenList modifiers, SyntaxToken keyword)
    {
        if (modifiers.Count == 0)
        {
            var first = SyntaxFactory.Token(keyword.LeadingTrivia, SyntaxKind.PartialKeyword, SyntaxFactory.TriviaList(SyntaxFactory.Space));
            return (SyntaxFactory.TokenList(first), keyword.WithLeadingTrivia(SyntaxTriviaList.Empty));
        }
        var partial = SyntaxFactory.Token(SyntaxKind.PartialKeyword).WithTrailingTrivia(SyntaxFactory.Space);
        return (modifiers.Add(partial), keyword);
    }
}
