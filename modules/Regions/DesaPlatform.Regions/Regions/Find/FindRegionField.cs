using DesaPlatform.Regions.Domain;
using DesaPlatform.Regions.GraphQL;
using DesaPlatform.Regions.Persistence;
using DesaPlatform.SharedKernel.Access;
using DesaPlatform.SharedKernel.GraphQL;
using DesaPlatform.SharedKernel.Regions;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace DesaPlatform.Regions.Regions.Find;

internal static class FindRegionField
{
    public static void AddTo(ObjectGraphType query) =>
        query.Field<RegionType>("region")
            .Description("A region by its Kemendagri code (\"\": Indonesia, for a national scope); null when it does not exist or lies outside your scope.")
            .Argument<NonNullGraphType<StringGraphType>>("code")
            .ResolveAsync(async ctx =>
            {
                var code = ctx.GetArgument<string>("code");
                if (code == RegionCode.Country) return Region.Country(ctx.Service<ICurrentUser>().Scope);
                return await ctx.Service<RegionsDbContext>().Regions.AsNoTracking()
                    .FirstOrDefaultAsync(r => r.Code == code, ctx.CancellationToken);
            });
}
