using DesaPlatform.SharedKernel.GraphQL;
using DesaPlatform.SharedKernel.Modules;
using GraphQL.Types;

namespace DesaPlatform.Membership.Notifications;

internal static class NotificationsField
{
    public static void AddTo(ObjectGraphType query) =>
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<NotificationType>>>>("notifications")
            .Description("What waits for you in the roster workflow and monev (at most 20).")
            .ResolveAsync(async ctx => await ctx.Service<NotificationsHandler>().HandleAsync(ctx.Service<IClock>().UtcNow, ctx.CancellationToken));
}
