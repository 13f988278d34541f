using System.Text;
using DesaPlatform.Regions.Contracts;
using DesaPlatform.SharedKernel.Access;
using DesaPlatform.SharedKernel.GraphQL;
using DesaPlatform.SharedKernel.Spreadsheets;
using GraphQL;
using GraphQL.Types;

namespace DesaPlatform.Regions.Regions.Import;

internal static class ImportRegionsField
{
    public static void AddTo(ObjectGraphType mutation) =>
        mutation.Field<NonNullGraphType<ImportRegionsPayloadType>>("importRegions")
            .Description("Checks a region CSV against the tree and, unless dryRun or it has problems, applies it all at once.")
            .Argument<NonNullGraphType<ImportRegionsInputType>>("input")
            .RequireRoles(UserRole.ProvinceAdmin)
            .ResolveAsync(async ctx =>
            {
                var input = ctx.GetArgument<ImportRegionsInput>("input");
                if (input.FileName is { } name && UploadedFileName.Problem(name) is { } longName) return Payload<RegionImportReport>.Failure(longName);
                using var csv = new MemoryStream(Encoding.UTF8.GetBytes(input.Csv));
                var report = await ctx.Service<IRegionImporter>().ImportAsync(csv, input.FileName ?? "upload.csv", input.DryRun, ctx.CancellationToken);
                return Payload<RegionImportReport>.Success(report);
            });
}
