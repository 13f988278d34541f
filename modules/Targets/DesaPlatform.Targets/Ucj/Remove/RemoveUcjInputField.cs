using DesaPlatform.SharedKernel.Access;
using DesaPlatform.SharedKernel.GraphQL;
using DesaPlatform.Targets.Domain;
using DesaPlatform.Targets.Persistence;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace DesaPlatform.Targets.Ucj.Remove;

internal sealed record RemoveUcjInputInput(Guid Id);

internal sealed class RemoveUcjInputInputType : InputObjectGraphType<RemoveUcjInputInput>
{
    public RemoveUcjInputInputType()
    {
        Name = "RemoveUcjInputInput";
        Field<NonNullGraphType<IdGraphType>>("id");
    }
}

internal sealed class RemoveUcjInputPayloadType() : PayloadType<UcjInputType, UcjInput>("RemoveUcjInputPayload", "ucjInput");

internal static class RemoveUcjInputField
{
    public static void AddTo(ObjectGraphType mutation) =>
        mutation.Field<NonNullGraphType<RemoveUcjInputPayloadType>>("removeUcjInput")
            .Description("Removes a UCJ input entered by mistake; the figure falls back to the region's previous month.")
            .Argument<NonNullGraphType<RemoveUcjInputInputType>>("input")
            .RequireRoles(UserRole.ProvinceAdmin)
            .ResolveAsync(async ctx =>
            {
                var db = ctx.Service<TargetsDbContext>();
                var id = ctx.GetArgument<RemoveUcjInputInput>("input").Id;
                var input = await db.UcjInputs.FirstOrDefaultAsync(u => u.Id == id, ctx.CancellationToken);
                if (input is null) return Payload<UcjInput>.Failure(UserError.NotFound("id"));
                db.UcjInputs.Remove(input);
                await db.SaveChangesAsync(ctx.CancellationToken);
                return Payload<UcjInput>.Success(input);
            });
}
