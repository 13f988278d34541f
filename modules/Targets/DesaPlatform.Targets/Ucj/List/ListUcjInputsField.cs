using DesaPlatform.Regions.Contracts;
using DesaPlatform.SharedKernel.GraphQL;
using DesaPlatform.SharedKernel.GraphQL.Paging;
using DesaPlatform.Targets.Domain;
using DesaPlatform.Targets.Persistence;
using GraphQL;
using GraphQL.Types;

namespace DesaPlatform.Targets.Ucj.List;

internal static class ListUcjInputsField
{
    public static void AddTo(ObjectGraphType query) =>
        query.Field<UcjInputsConnectionType>("ucjInputs")
            .Description("The UCJ inputs of a region and, for a province, of its regencies: newest month first; null when the region is unknown or outside your scope.")
            .Argument<NonNullGraphType<StringGraphType>>("regionCode")
            .Argument<IntGraphType>("first", $"Page size, 1 to {PageRequest.MaxSize} (default {PageRequest.DefaultSize}).")
            .Argument<StringGraphType>("after", "Cursor of the last item of the previous page.")
            .ResolveAsync(async ctx =>
            {
                var page = PageRequest.From(ctx);
                var region = await ctx.Service<IRegionDirectory>().FindAsync(ctx.GetArgument<string>("regionCode"), ctx.CancellationToken);
                if (region is null) return null;
                var db = ctx.Service<TargetsDbContext>();
                var regencies = region.Code + ".";
                var inputs = db.UcjInputs.Where(u => u.RegionCode == region.Code || (region.Depth == 1 && u.RegionCode.StartsWith(regencies)));
                return await page.ApplyAsync(inputs.OrderByDescending(u => u.Period).ThenBy(u => u.RegionCode), ctx.CancellationToken);
            });
}

internal sealed class UcjInputsConnectionType() : ConnectionType<UcjInput>("UcjInputs", "UcjInput");
