using DesaPlatform.SharedKernel.GraphQL;
using DesaPlatform.SharedKernel.GraphQL.Paging;
using DesaPlatform.Targets.Domain;
using DesaPlatform.Targets.GraphQL;
using DesaPlatform.Targets.Persistence;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace DesaPlatform.Targets.Findings.List;

internal static class ListFindingsField
{
    public static void AddTo(ObjectGraphType query, MonevFindingQueryShape shape) =>
        query.Field<MonevFindingsConnectionType>("monevFindings")
            .Description("Monev findings about desa of your scope (a desa operator: their own desa); filter by villageCode for one desa.")
            .PagedAndShaped(shape)
            .Argument<BooleanGraphType>("openOnly", OpenFindings.Rule + " True: only those.")
            .ResolveAsync(async ctx =>
            {
                var db = ctx.Service<TargetsDbContext>();
                var findings = db.MonevFindings.AsNoTracking();
                if (ctx.GetArgument<bool?>("openOnly") == true) findings = findings.Where(OpenFindings.Among(db.FollowUpActions));
                var shaped = shape.Apply(findings, ctx, f => f.RegionCode, f => f.Id);
                return await PageRequest.From(ctx).ApplyAsync(shaped, ctx.CancellationToken);
            });
}
