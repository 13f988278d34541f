using DesaPlatform.Access.Account;
using DesaPlatform.Access.Account.BeginTwoFactorSetup;
using DesaPlatform.Access.Account.ChangePassword;
using DesaPlatform.Access.Account.DisableTwoFactor;
using DesaPlatform.Access.Account.EnableTwoFactor;
using DesaPlatform.Access.GraphQL;
using DesaPlatform.Access.Persistence;
using DesaPlatform.Access.Seeding;
using DesaPlatform.Access.SignIn;
using DesaPlatform.Access.Users;
using DesaPlatform.Access.Users.ChangeAccess;
using DesaPlatform.Access.Users.Create;
using DesaPlatform.Access.Users.CreateNationalReader;
using DesaPlatform.Access.Users.Disable;
using DesaPlatform.Access.Users.Enable;
using DesaPlatform.Access.Users.ImportOperators;
using DesaPlatform.Access.Users.ResetPassword;
using DesaPlatform.SharedKernel.Access;
using DesaPlatform.SharedKernel.GraphQL;
using DesaPlatform.SharedKernel.Modules;
using DesaPlatform.SharedKernel.Persistence;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace DesaPlatform.Access;

/// <summary>User accounts, sign-in and the request's current user: the platform's, not a domain module's.</summary>
public static class AccessModule
{
    public static IServiceCollection AddAccess(this IServiceCollection services, DatabaseSettings database)
    {
        services.AddPooledContext<AccessDbContext>(database, AccessDbContext.SchemaName);
        services.AddIdentityApiEndpoints<DesaUser>(options =>
            {
                options.Password.RequiredLength = 10;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
            })
            .AddEntityFrameworkStores<AccessDbContext>()
            .AddUserManager<DesaUserManager>()
            .AddSignInManager<DesaSignInManager>();
        // A copied bearer token is good until its account signs out or for 15 minutes; clients renew it at /auth/refresh.
        services.Configure<BearerTokenOptions>(IdentityConstants.BearerScheme, bearer =>
        {
            bearer.BearerTokenExpiration = TimeSpan.FromMinutes(15);
            bearer.RefreshTokenExpiration = TimeSpan.FromHours(8);
        });
        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.Cookie.Name = "desa.auth";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Strict;
            cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
            cookie.Events.OnRedirectToLogin = ctx => Reply(ctx.Response, StatusCodes.Status401Unauthorized);
            cookie.Events.OnRedirectToAccessDenied = ctx => Reply(ctx.Response, StatusCodes.Status403Forbidden);
        });
        services.AddAuthorization();
        services.AddSingleton<AccessSettings>();
        services.AddScoped<CurrentUser>();
        services.AddScoped<ICurrentUser>(sp => sp.GetRequiredService<CurrentUser>());
        services.AddScoped<DelegationPolicy>();
        services.AddScoped<OwnAccount>();
        services.AddScoped<SecretGuesses>();
        services.AddScoped<CreateUserHandler>();
        services.AddScoped<INationalReaders, NationalReaders>();
        services.AddScoped<ImportOperatorsHandler>();
        services.AddScoped<DisableUserHandler>();
        services.AddScoped<EnableUserHandler>();
        services.AddScoped<ResetPasswordHandler>();
        services.AddScoped<ChangeUserAccessHandler>();
        services.AddScoped<ChangePasswordHandler>();
        services.AddScoped<TwoFactorSwitch>();
        services.AddScoped<BeginTwoFactorSetupHandler>();
        services.AddScoped<EnableTwoFactorHandler>();
        services.AddScoped<DisableTwoFactorHandler>();
        services.AddScoped<DemoAccounts>();
        services.AddScoped<IModuleInitializer, AccessInitializer>();
        services.AddSingleton<UserQueryShape>();
        services.AddSingleton<ISchemaContribution, AccessSchema>();
        return services;
    }

    public static WebApplication UseAccess(this WebApplication app)
    {
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseMiddleware<CurrentUserMiddleware>();
        app.MapSignIn();
        app.MapSessions();
        return app;
    }

    /// <summary>For the health check: can the accounts database be reached?</summary>
    public static Task<bool> DatabaseAnswersAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetRequiredService<AccessDbContext>().Database.CanConnectAsync(cancellationToken);

    private static Task Reply(HttpResponse response, int status)
    {
        response.StatusCode = status;
        return Task.CompletedTask;
    }
}
