using DesaPlatform.Regions.Persistence;
using DesaPlatform.SharedKernel.GraphQL;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace DesaPlatform.Regions.GraphQL;

internal sealed class RegionsSchema(RegionQueryShape shape) : ISchemaContribution
{
    public void AddQueries(ObjectGraphType query)
    {
        query.Field<RegionType>("region")
            .Description("A region by its Kemendagri code; null when it does not exist or lies outside your scope.")
            .Argument<NonNullGraphType<StringGraphType>>("code")
            .ResolveAsync(async ctx =>
            {
                var code = ctx.GetArgument<string>("code");
                return await ctx.Service<RegionsDbContext>().Regions.AsNoTracking()
                    .FirstOrDefaultAsync(r => r.Code == code, ctx.CancellationToken);
            });
        RegionList.AddTo<object?>(query, "regions", shape, _ => null);
    }

    public void AddMutations(ObjectGraphType mutation)
    {
    }

    public IEnumerable<Type> SharedTypes => [typeof(RegionType)];
}
