using DesaPlatform.Regions.Contracts;
using DesaPlatform.Regions.Domain;
using GraphQL.Types;

namespace DesaPlatform.Regions.GraphQL;

internal sealed class RegionChangeKindType : EnumerationGraphType<RegionChangeKind>
{
    public RegionChangeKindType() => Name = "RegionChangeKind";
}

internal sealed class RegionChangeType : ObjectGraphType<RegionChange>
{
    public RegionChangeType()
    {
        Name = "RegionChange";
        Field<NonNullGraphType<RegionChangeKindType>>("kind").Resolve(ctx => ctx.Source.Kind);
        Field(c => c.OldValue, nullable: true);
        Field(c => c.NewValue, nullable: true);
        Field(c => c.ChangedAt);
        Field(c => c.ChangedBy);
        Field(c => c.Source).Description("The file the change came from.");
    }
}
