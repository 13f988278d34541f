using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;

namespace DesaPlatform.Host.GraphQL.Limits;

/// <summary>
/// Turns a document's text into its syntax tree within the limits, cheapest check first: its length, its tokens
/// (counted by the lexer, without building anything), the parser's depth, then the size its fragments spread to.
/// Each refusal happens before validation, whose rules (overlapping fields, complexity) grow faster than the document.
/// </summary>
internal static class DocumentReader
{
    public static (GraphQLDocument? Document, DocumentRefusal? Refusal) Read(string text, GraphQLSettings settings)
    {
        if (text.Length > settings.MaxDocumentLength)
            return (null, DocumentRefusal.TooLarge($"Dokumen berisi {text.Length:N0} karakter; paling banyak {settings.MaxDocumentLength:N0}. " +
                $"The document has {text.Length:N0} characters; at most {settings.MaxDocumentLength:N0} are read."));
        try
        {
            if (TokenCount(text, settings.MaxDocumentTokens + 1) > settings.MaxDocumentTokens)
                return (null, DocumentRefusal.TooLarge($"Dokumen berisi lebih dari {settings.MaxDocumentTokens:N0} token; bagi permintaannya. " +
                    $"The document has more than {settings.MaxDocumentTokens:N0} tokens; split the request."));
            var document = Parser.Parse(text, new ParserOptions { MaxDepth = settings.MaxParserDepth });
            return FragmentSpread.Check(document, settings.MaxExpandedFields, settings.MaxSameFieldSelections) is { } refusal
                ? (null, refusal)
                : (document, null);
        }
        catch (GraphQLMaxDepthExceededException)
        {
            return (null, new DocumentRefusal("DOCUMENT_TOO_DEEP", $"Dokumen bersarang lebih dari {settings.MaxParserDepth} tingkat. " +
                $"The document nests deeper than {settings.MaxParserDepth} syntax levels."));
        }
        catch (GraphQLParserException e)
        {
            return (null, new DocumentRefusal("GRAPHQL_PARSE_FAILED", e.Message));
        }
    }

    private static int TokenCount(string text, int stopAt)
    {
        var count = 0;
        var token = Lexer.Lex(text, 0);
        while (token.Kind != TokenKind.EOF && count < stopAt)
        {
            if (token.Kind != TokenKind.COMMENT) count++;
            token = Lexer.Lex(text, token.End);
        }
        return count;
    }
}
