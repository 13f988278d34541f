namespace DesaPlatform.Host.GraphQL.Limits;

/// <summary>Why a document is not run: a code for clients and words for people.</summary>
internal sealed record DocumentRefusal(string Code, string Message)
{
    public static DocumentRefusal TooLarge(string message) => new("DOCUMENT_TOO_LARGE", message);
}
