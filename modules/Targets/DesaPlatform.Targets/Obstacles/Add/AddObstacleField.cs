using DesaPlatform.SharedKernel.Access;
using DesaPlatform.SharedKernel.GraphQL;
using GraphQL;
using GraphQL.Types;

namespace DesaPlatform.Targets.Obstacles.Add;

internal static class AddObstacleField
{
    public static void AddTo(ObjectGraphType mutation) =>
        mutation.Field<NonNullGraphType<AddObstaclePayloadType>>("addObstacle")
            .Description("Adds an obstacle to your province's monev catalog (beside the built-in ones).")
            .Argument<NonNullGraphType<AddObstacleInputType>>("input")
            .RequireRoles(UserRole.ProvinceAdmin)
            .ResolveAsync(async ctx =>
                await ctx.Service<AddObstacleHandler>().HandleAsync(ctx.GetArgument<AddObstacleInput>("input"), ctx.CancellationToken));
}
