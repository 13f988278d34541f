using DesaPlatform.Budgeting.Payments;
using DesaPlatform.SharedKernel.GraphQL;
using GraphQL;
using GraphQL.Types;

namespace DesaPlatform.Budgeting.Payments.Import;

internal static class ImportPaymentsField
{
    public static void AddTo(ObjectGraphType mutation) =>
        mutation.Field<NonNullGraphType<ImportPaymentsPayloadType>>("importPayments")
            .Description("Reads a village's BPJS invoice or payment sheet (template: GET /api/payments/template), all or nothing; dryRun only reports.")
            .Argument<NonNullGraphType<ImportPaymentsInputType>>("input")
            .RequireRoles(PaymentRecorders.Roles)
            .ResolveAsync(async ctx => await ctx.Service<ImportPaymentsHandler>()
                .HandleAsync(ctx.GetArgument<ImportPaymentsInput>("input"), ctx.CancellationToken));
}
