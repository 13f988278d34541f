using DesaPlatform.Audit.Persistence;
using DesaPlatform.SharedKernel.GraphQL;
using DesaPlatform.SharedKernel.GraphQL.Paging;
using GraphQL;
using GraphQL.Types;

namespace DesaPlatform.Audit.Entries.List;

internal static class AuditTrailField
{
    public static void AddTo(ObjectGraphType query, AuditQueryShape shape) =>
        query.Field<AuditEntriesConnectionType>("auditTrail")
            .Description("Every recorded change in your scope, newest first unless ordered otherwise.")
            .PagedAndShaped(shape)
            .Argument<DateTimeGraphType>("from", "Only changes at or after this instant.")
            .Argument<DateTimeGraphType>("to", "Only changes before this instant.")
            .RequireRoles(AuditReaders.Roles)
            .ResolveAsync(async ctx =>
            {
                var entries = ctx.Service<AuditDbContext>().Entries;
                if (ctx.GetArgument<DateTime?>("from") is { } from) entries = entries.Where(e => e.At >= from.ToUniversalTime());
                if (ctx.GetArgument<DateTime?>("to") is { } to) entries = entries.Where(e => e.At < to.ToUniversalTime());
                var ordered = ctx.GetArgument<List<object?>?>("order") is { Count: > 0 }
                    ? shape.Apply(entries, ctx, e => e.Id)
                    : shape.Apply(entries, ctx, e => e.Id).OrderByDescending(e => e.Id);
                return await PageRequest.From(ctx).ApplyAsync(ordered, ctx.CancellationToken);
            });
}
