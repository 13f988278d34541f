using DesaPlatform.SharedKernel.Access;
using DesaPlatform.SharedKernel.GraphQL;
using GraphQL;
using GraphQL.Types;

namespace DesaPlatform.Targets.Ucj.Import;

internal static class ImportUcjInputsField
{
    public static void AddTo(ObjectGraphType mutation) =>
        mutation.Field<NonNullGraphType<ImportUcjInputsPayloadType>>("importUcjInputs")
            .Description("Reads a UCJ spreadsheet (template: GET /api/ucj-inputs/template) for the province and its regencies, all or nothing; dryRun only reports.")
            .Argument<NonNullGraphType<ImportUcjInputsInputType>>("input")
            .RequireRoles(UserRole.ProvinceAdmin)
            .ResolveAsync(async ctx => await ctx.Service<ImportUcjInputsHandler>()
                .HandleAsync(ctx.GetArgument<ImportUcjInputsInput>("input"), ctx.CancellationToken));
}
