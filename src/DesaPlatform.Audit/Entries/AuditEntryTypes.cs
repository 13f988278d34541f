using DesaPlatform.Regions.Contracts;
using DesaPlatform.SharedKernel.Auditing;
using DesaPlatform.SharedKernel.GraphQL;
using DesaPlatform.SharedKernel.GraphQL.Filtering;
using DesaPlatform.SharedKernel.GraphQL.Paging;
using GraphQL.Types;

namespace DesaPlatform.Audit.Entries;

internal sealed class AuditEntryType : ObjectGraphType<AuditEntry>
{
    public AuditEntryType()
    {
        Name = "AuditEntry";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => ctx.Source.Id);
        Field(e => e.At);
        Field(e => e.UserName);
        Field(e => e.Role, nullable: true);
        Field(e => e.Scope, nullable: true).Description("The actor's scope when acting (* for the whole country: the system, or a national reader).");
        Field(e => e.Module);
        Field(e => e.Entity);
        Field(e => e.EntityId);
        Field(e => e.RegionCode);
        Field("region", new GraphQLTypeReference("Region"))
            .Description("The region by name (null for the country, or a region since retired from the tree).")
            .Resolve(ctx => ctx.Service<IRegionLoader>().Load(ctx.Source.RegionCode));
        Field(e => e.Action);
        Field(e => e.Before, nullable: true).Description("Changed values before, as JSON; personal data masked.");
        Field(e => e.After, nullable: true).Description("Changed values after, as JSON; personal data masked.");
        Field(e => e.RequestId, nullable: true);
    }
}

internal sealed class AuditQueryShape : QueryShape<AuditEntry>
{
    public AuditQueryShape() : base("AuditEntry")
    {
        FilterString("userName", e => e.UserName);
        FilterString("module", e => e.Module);
        FilterString("entity", e => e.Entity);
        FilterString("entityId", e => e.EntityId);
        FilterString("regionCode", e => e.RegionCode);
        FilterString("action", e => e.Action);
        FilterString("requestId", e => e.RequestId);
        Sort("at", e => e.At);
    }
}

internal sealed class AuditEntriesConnectionType() : ConnectionType<AuditEntry>("AuditEntries", "AuditEntry");
