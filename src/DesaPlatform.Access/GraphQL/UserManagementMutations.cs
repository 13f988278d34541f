using DesaPlatform.Access.ChangeUserAccess;
using DesaPlatform.Access.CreateUser;
using DesaPlatform.Access.DisableUser;
using DesaPlatform.Access.ImportOperators;
using DesaPlatform.Access.ResetPassword;
using DesaPlatform.SharedKernel.Access;
using DesaPlatform.SharedKernel.GraphQL;
using GraphQL;
using GraphQL.Types;

namespace DesaPlatform.Access.GraphQL;

/// <summary>Administrators' fields; what each caller may do to which account is the delegation policy's to say.</summary>
internal static class UserManagementMutations
{
    private static readonly UserRole[] Administrators = [UserRole.ProvinceAdmin, UserRole.RegencyStaff];

    public static void AddTo(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<CreateUserPayloadType>>("createUser")
            .Description("Creates an account with a one-time password, within the roles and region you may give.")
            .Argument<NonNullGraphType<CreateUserInputType>>("input")
            .RequireRoles(Administrators)
            .ResolveAsync(async ctx => await ctx.Service<CreateUserHandler>()
                .HandleAsync(ctx.GetArgument<CreateUserInput>("input"), ctx.CancellationToken));

        mutation.Field<NonNullGraphType<ImportOperatorsPayloadType>>("importOperators")
            .Description("Creates village operator accounts from a CSV, all or nothing; each created row carries its one-time password.")
            .Argument<NonNullGraphType<ImportOperatorsInputType>>("input")
            .RequireRoles(Administrators)
            .ResolveAsync(async ctx =>
            {
                var input = ctx.GetArgument<ImportOperatorsInput>("input");
                var report = await ctx.Service<ImportOperatorsHandler>().HandleAsync(input.Csv, input.DryRun == true, ctx.CancellationToken);
                return Payload<OperatorImportReport>.Success(report);
            });

        mutation.Field<NonNullGraphType<DisableUserPayloadType>>("disableUser")
            .Description("Switches an account off: it cannot sign in, and its sessions stop working at once.")
            .Argument<NonNullGraphType<DisableUserInputType>>("input")
            .RequireRoles(Administrators)
            .ResolveAsync(async ctx => await ctx.Service<DisableUserHandler>()
                .DisableAsync(ctx.GetArgument<UserNameInput>("input").UserName, ctx.CancellationToken));

        mutation.Field<NonNullGraphType<EnableUserPayloadType>>("enableUser")
            .Description("Switches an account on again, and lifts a lockout.")
            .Argument<NonNullGraphType<EnableUserInputType>>("input")
            .RequireRoles(Administrators)
            .ResolveAsync(async ctx => await ctx.Service<DisableUserHandler>()
                .EnableAsync(ctx.GetArgument<UserNameInput>("input").UserName, ctx.CancellationToken));

        mutation.Field<NonNullGraphType<ResetPasswordPayloadType>>("resetPassword")
            .Description("Gives an account a new one-time password; the old one and every session stop working.")
            .Argument<NonNullGraphType<ResetPasswordInputType>>("input")
            .RequireRoles(Administrators)
            .ResolveAsync(async ctx => await ctx.Service<ResetPasswordHandler>()
                .HandleAsync(ctx.GetArgument<UserNameInput>("input").UserName, ctx.CancellationToken));

        mutation.Field<NonNullGraphType<ChangeUserAccessPayloadType>>("changeUserAccess")
            .Description("Gives an account another role or region; its sessions end at once.")
            .Argument<NonNullGraphType<ChangeUserAccessInputType>>("input")
            .RequireRoles(Administrators)
            .ResolveAsync(async ctx => await ctx.Service<ChangeUserAccessHandler>()
                .HandleAsync(ctx.GetArgument<ChangeUserAccessInput>("input"), ctx.CancellationToken));
    }
}
