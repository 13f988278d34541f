namespace DesaPlatform.Host.GraphQL.Persisted;

/// <summary>Who may send a document as text rather than the id of one of the portal's documents (<c>GraphQL:AllowArbitraryDocuments</c>).</summary>
internal enum ArbitraryDocuments
{
    Always,

    /// <summary>Signed-in users only: anonymous callers can run nothing but the portal's own documents.</summary>
    SignedIn,
}
