using System.Net;
using System.Text.Json;
using DesaPlatform.Access.Users;
using DesaPlatform.SharedKernel.Access;
using DesaPlatform.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace DesaPlatform.Tests.Integration.Access.Account;

/// <summary>
/// A wrong current password or 2FA code given while signed in counts toward the same lockout as a wrong password at
/// sign-in, and one request checks only one such secret, however many aliases it carries.
/// </summary>
public sealed class SecretGuessTests(DesaApp app) : IClassFixture<DesaApp>
{
    private const string NewPassword = "Tebakan-Baru-2026";

    [Fact]
    public async Task Twenty_aliased_password_guesses_in_one_request_check_one_and_count_it()
    {
        await app.AddAccountAsync("op.tebak", UserRole.VillageOperator, Roster.DalamKaum);
        var client = await app.SignInAsync("op.tebak");
        // The right password last: it is refused unchecked like the other nineteen.
        var guesses = Enumerable.Range(1, 19).Select(i => $"Salah-Sandi-{i:D2}").Append(DesaApp.Password).ToList();

        var answer = await client.SendAsync(Aliased("changePassword", guesses.Select(g => $"input: {{ currentPassword: \"{g}\", newPassword: \"{NewPassword}\" }}")));

        Assert.Equal(["WRONG_PASSWORD", .. Enumerable.Repeat("TOO_MANY_GUESSES", 19)], Codes(answer, 20));
        Assert.Equal(1, await FailedCountAsync("op.tebak"));
        Assert.Equal(HttpStatusCode.OK, (await app.LoginAsync("op.tebak", DesaApp.Password)).StatusCode);
    }

    [Fact]
    public async Task Five_wrong_passwords_across_requests_lock_the_account_until_an_administrator_lifts_it()
    {
        await app.AddAccountAsync("op.terkunci2", UserRole.VillageOperator, Roster.DalamKaum);
        var client = await app.SignInAsync("op.terkunci2");
        var answers = new List<string>();
        for (var guess = 1; guess <= 5; guess++)
            answers.AddRange((await client.SendAsync(AccessApi.ChangePassword, new { current = $"Salah-Sandi-{guess}", @new = NewPassword })).ErrorCodes("changePassword"));
        Assert.Equal(["WRONG_PASSWORD", "WRONG_PASSWORD", "WRONG_PASSWORD", "WRONG_PASSWORD", "LOCKED_OUT"], answers);

        var right = await client.SendAsync(AccessApi.ChangePassword, new { current = DesaApp.Password, @new = NewPassword });
        Assert.Equal(["LOCKED_OUT"], right.ErrorCodes("changePassword"));
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.LoginAsync("op.terkunci2", DesaApp.Password)).StatusCode);

        var regency = await app.SignInAsync("dpmd.sambas");
        await regency.SendAsync(AccessApi.EnableUser, new { userName = "op.terkunci2" });
        Assert.Equal(HttpStatusCode.OK, (await app.LoginAsync("op.terkunci2", DesaApp.Password)).StatusCode);
    }

    [Fact]
    public async Task Guesses_sent_in_parallel_all_count()
    {
        await app.AddAccountAsync("op.serbu", UserRole.VillageOperator, Roster.DalamKaum);
        var client = await app.SignInAsync("op.serbu");

        await Task.WhenAll(Enumerable.Range(1, 5).Select(guess =>
            client.SendAsync(AccessApi.ChangePassword, new { current = $"Salah-Sandi-{guess}", @new = NewPassword })));

        Assert.Equal(HttpStatusCode.Unauthorized, (await app.LoginAsync("op.serbu", DesaApp.Password)).StatusCode);
    }

    [Fact]
    public async Task A_right_current_password_resets_the_count_as_sign_in_does()
    {
        await app.AddAccountAsync("op.pulih", UserRole.VillageOperator, Roster.DalamKaum);
        var client = await app.SignInWithCookieAsync("op.pulih", DesaApp.Password);
        for (var guess = 1; guess <= 3; guess++)
            await client.SendAsync(AccessApi.ChangePassword, new { current = $"Salah-Sandi-{guess}", @new = NewPassword });
        Assert.Equal(3, await FailedCountAsync("op.pulih"));

        var changed = await client.SendAsync(AccessApi.ChangePassword, new { current = DesaApp.Password, @new = NewPassword });

        Assert.Empty(changed.ErrorCodes("changePassword"));
        Assert.Equal(0, await FailedCountAsync("op.pulih"));
    }

    [Fact]
    public async Task Wrong_two_factor_codes_count_and_a_hundred_aliased_ones_are_one_guess()
    {
        await app.AddAccountAsync("dpmd.kode", UserRole.RegencyStaff, "61.02");
        var client = await app.SignInAsync("dpmd.kode");
        var key = (await client.SendAsync("mutation { beginTwoFactorSetup { sharedKey } }")).Field("beginTwoFactorSetup").GetProperty("sharedKey").GetString()!;
        var wrongCode = Totp.Code(key, DateTimeOffset.UtcNow.AddMinutes(10));
        var wrongEnable = await client.SendAsync("mutation($code: String!) { enableTwoFactor(input: { code: $code }) { errors { code } } }", new { code = wrongCode });
        Assert.Equal(["INVALID_CODE"], wrongEnable.ErrorCodes("enableTwoFactor"));
        Assert.Equal(1, await FailedCountAsync("dpmd.kode"));
        await client.SendAsync("mutation($code: String!) { enableTwoFactor(input: { code: $code }) { errors { code } } }", new { code = Totp.Code(key) });
        Assert.Equal(0, await FailedCountAsync("dpmd.kode"));
        client = await app.SignInWithAsync("dpmd.kode", DesaApp.Password, Totp.Code(key));

        var answer = await client.SendAsync(Aliased("disableTwoFactor", Enumerable.Range(0, 100).Select(i => $"input: {{ code: \"{i:D6}\" }}")));

        Assert.Equal(["INVALID_CODE", .. Enumerable.Repeat("TOO_MANY_GUESSES", 99)], Codes(answer, 100));
        Assert.Equal(1, await FailedCountAsync("dpmd.kode"));
    }

    private static string Aliased(string mutation, IEnumerable<string> arguments) =>
        "mutation { " + string.Join(" ", arguments.Select((a, i) => $"g{i}: {mutation}({a}) {{ errors {{ code }} }}")) + " }";

    private static List<string> Codes(GraphQLResponse answer, int aliases) =>
        Enumerable.Range(0, aliases).Select(i => answer.Field($"g{i}").GetProperty("errors").EnumerateArray().Single().GetProperty("code").GetString()!).ToList();

    private async Task<int> FailedCountAsync(string userName)
    {
        using var scope = app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<DesaUser>>();
        return await users.GetAccessFailedCountAsync((await users.FindByNameAsync(userName))!);
    }
}
