using DesaPlatform.Budgeting.Payments;
using DesaPlatform.SharedKernel.GraphQL;
using GraphQL;
using GraphQL.Types;

namespace DesaPlatform.Budgeting.Payments.Record;

internal static class RecordPaymentField
{
    public static void AddTo(ObjectGraphType mutation) =>
        mutation.Field<NonNullGraphType<RecordPaymentPayloadType>>("recordPayment")
            .Description("Records (or corrects) what was paid for one enrolled person's premium for one month.")
            .Argument<NonNullGraphType<RecordPaymentInputType>>("input")
            .RequireRoles(PaymentRecorders.Roles)
            .ResolveAsync(async ctx => await ctx.Service<RecordPaymentHandler>().HandleAsync(ctx.GetArgument<RecordPaymentInput>("input"), ctx.CancellationToken));
}
