using DesaPlatform.Membership.Domain;
using DesaPlatform.Regions.Contracts;
using DesaPlatform.SharedKernel.Access;
using DesaPlatform.SharedKernel.GraphQL;
using DesaPlatform.SharedKernel.Modules;
using GraphQL.Types;

namespace DesaPlatform.Membership.Roster;

internal sealed class PersonType : ObjectGraphType<Person>
{
    public PersonType()
    {
        Name = "Person";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => ctx.Source.Id);
        Field<NonNullGraphType<StringGraphType>>("villageCode").Resolve(ctx => ctx.Source.RegionCode);
        Field("village", new GraphQLTypeReference("Region")).Resolve(ctx => ctx.Service<IRegionLoader>().Load(ctx.Source.RegionCode));
        Field(p => p.FullName);
        Field<NonNullGraphType<StringGraphType>>("nik")
            .Description("Masked (610101******0001) unless the reader keeps or reviews rosters.")
            .Resolve(ctx => ctx.Service<ICurrentUser>().MayReadNik() ? ctx.Source.Nik : PersonalData.MaskNik(ctx.Source.Nik));
        Field<NonNullGraphType<PositionType>>("position")
            .ResolveAsync(async ctx => await ctx.Service<PositionCatalogCache>().FindAsync(ctx.Source.PositionCode, ctx.CancellationToken));
        Field(p => p.TermStart);
        Field(p => p.TermEnd, nullable: true);
        Field<NonNullGraphType<RosterStatusType>>("status").Resolve(ctx => ctx.Source.Status);
        Field<NonNullGraphType<BooleanGraphType>>("covered")
            .Description("In office today with an active enrollment of at least JKK and JKM.")
            .Resolve(ctx => ctx.Source.IsCoveredOn(ctx.Service<IClock>().Today));
        Field<EnrollmentType>("enrollment").Resolve(ctx => ctx.Source.Enrollment);
    }
}
