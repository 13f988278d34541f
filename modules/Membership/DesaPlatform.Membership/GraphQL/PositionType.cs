using DesaPlatform.Membership.Domain;
using GraphQL.Types;

namespace DesaPlatform.Membership.GraphQL;

internal sealed class PositionType : ObjectGraphType<Position>
{
    public PositionType()
    {
        Name = "Position";
        Field(p => p.Code);
        Field(p => p.Name);
        Field<NonNullGraphType<SegmentType>>("segment").Resolve(ctx => ctx.Source.Segment);
        Field<NonNullGraphType<BooleanGraphType>>("isVillageHead").Description("The kepala desa, who is also aparatur desa.")
            .Resolve(ctx => ctx.Source.Code == Position.KepalaDesa);
        Field(p => p.MaxPerVillage, nullable: true).Description("How many may hold it in one village at once; null: no limit.");
        Field(p => p.DefaultWageBase).Description("Monthly wage base used when an enrollment names none (PP 11/2019 minimum).");
    }
}
