using DesaPlatform.SharedKernel.GraphQL;
using GraphQL;
using GraphQL.Types;

namespace DesaPlatform.Access.Users.ImportOperators;

internal static class ImportOperatorsField
{
    public static void AddTo(ObjectGraphType mutation) =>
        mutation.Field<NonNullGraphType<ImportOperatorsPayloadType>>("importOperators")
            .Description("Creates village operator accounts from a CSV, all or nothing; each created row carries its one-time password.")
            .Argument<NonNullGraphType<ImportOperatorsInputType>>("input")
            .RequireRoles(Administrators.Roles)
            .ResolveAsync(async ctx =>
            {
                var input = ctx.GetArgument<ImportOperatorsInput>("input");
                var report = await ctx.Service<ImportOperatorsHandler>().HandleAsync(input.Csv, input.DryRun == true, ctx.CancellationToken);
                return Payload<OperatorImportReport>.Success(report);
            });
}
