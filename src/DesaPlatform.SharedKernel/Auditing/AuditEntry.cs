using DesaPlatform.SharedKernel.Access;

namespace DesaPlatform.SharedKernel.Auditing;

/// <summary>
/// One recorded change, append-only: who (user, role, scope), when, what (module, entity, id, region), the values
/// before and after (JSON, personal data masked) and the request it came with.
/// </summary>
public sealed class AuditEntry : IRegionOwned
{
    public long Id { get; init; }
    public required DateTime At { get; init; }
    public required string UserName { get; init; }
    public string? Role { get; init; }
    public string? Scope { get; init; }
    public required string Module { get; init; }
    public required string Entity { get; init; }
    public required string EntityId { get; init; }

    /// <summary>The changed row's region, or the actor's scope for rows that belong to no region (e.g. the position catalog).</summary>
    public required string RegionCode { get; init; }

    /// <summary>Added, Modified, Deleted — or a named bulk action such as Imported.</summary>
    public required string Action { get; init; }
    public string? Before { get; init; }
    public string? After { get; init; }
    public string? RequestId { get; init; }
}
