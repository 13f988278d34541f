using System.Text;
using DesaPlatform.Regions.Contracts;
using DesaPlatform.Regions.Persistence;
using DesaPlatform.SharedKernel.Access;
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

    public void AddMutations(ObjectGraphType mutation) =>
        mutation.Field<NonNullGraphType<ImportRegionsPayloadType>>("importRegions")
            .Description("Checks a region CSV against the tree and, unless dryRun or it has problems, applies it all at once.")
            .Argument<NonNullGraphType<ImportRegionsInputType>>("input")
            .RequireRoles(UserRole.ProvinceAdmin)
            .ResolveAsync(async ctx =>
            {
                var input = ctx.GetArgument<ImportRegionsInput>("input");
                using var csv = new MemoryStream(Encoding.UTF8.GetBytes(input.Csv));
                var report = await ctx.Service<IRegionImporter>().ImportAsync(csv, input.FileName ?? "upload.csv", input.DryRun, ctx.CancellationToken);
                return Payload<RegionImportReport>.Success(report);
            });

    public IEnumerable<Type> SharedTypes => [typeof(RegionType)];
}
