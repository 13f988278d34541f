using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DesaPlatform.SharedKernel.Access;
using DesaPlatform.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace DesaPlatform.Tests.Integration.Access.Account;

/// <summary>Two-factor sign-in with an authenticator app, required of province admins outside demo mode.</summary>
public sealed class TwoFactorTests(DesaApp app) : IClassFixture<DesaApp>
{
    private const string BeginSetup = "mutation { beginTwoFactorSetup { sharedKey authenticatorUri errors { code } } }";
    private const string Enable = "mutation($code: String!) { enableTwoFactor(input: { code: $code }) { me { twoFactorEnabled } errors { code field } } }";
    private const string Disable = "mutation($code: String!) { disableTwoFactor(input: { code: $code }) { me { twoFactorEnabled } errors { code } } }";

    [Fact]
    public async Task Once_on_two_factor_sign_in_needs_the_authenticators_code()
    {
        await app.AddAccountAsync("dpmd.duafaktor", UserRole.RegencyStaff, "61.02");
        var client = await app.SignInAsync("dpmd.duafaktor");
        var setup = (await client.SendAsync(BeginSetup)).Field("beginTwoFactorSetup");
        var key = setup.GetProperty("sharedKey").GetString()!;
        Assert.StartsWith("otpauth://totp/DesaPlatform:dpmd.duafaktor?secret=", setup.GetProperty("authenticatorUri").GetString());

        var wrong = await client.SendAsync(Enable, new { code = Totp.Code(key, DateTimeOffset.UtcNow.AddMinutes(10)) });
        Assert.Equal(["INVALID_CODE"], wrong.ErrorCodes("enableTwoFactor"));
        var enabled = await client.SendAsync(Enable, new { code = Totp.Code(key) });
        Assert.True(enabled.Field("enableTwoFactor").GetProperty("me").GetProperty("twoFactorEnabled").GetBoolean());

        var withoutCode = await app.LoginAsync("dpmd.duafaktor", DesaApp.Password);
        var wrongCode = await app.LoginAsync("dpmd.duafaktor", DesaApp.Password, Totp.Code(key, DateTimeOffset.UtcNow.AddMinutes(10)));
        foreach (var refused in new[] { withoutCode, wrongCode })
        {
            Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
            Assert.Equal("RequiresTwoFactor", (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
        }
        var wrongPassword = await app.LoginAsync("dpmd.duafaktor", "Salah-Sandi-99", Totp.Code(key));
        var unknown = await app.LoginAsync("tidak.ada", "Salah-Sandi-99", Totp.Code(key));
        Assert.Equal(await unknown.Content.ReadAsStringAsync(), await wrongPassword.Content.ReadAsStringAsync());

        var signedIn = await app.SignInWithAsync("dpmd.duafaktor", DesaApp.Password, Totp.Code(key));
        var disabled = await signedIn.SendAsync(Disable, new { code = Totp.Code(key) });
        Assert.False(disabled.Field("disableTwoFactor").GetProperty("me").GetProperty("twoFactorEnabled").GetBoolean());
        Assert.Equal(HttpStatusCode.OK, (await app.LoginAsync("dpmd.duafaktor", DesaApp.Password)).StatusCode);
    }

    [Fact]
    public async Task Province_admins_must_turn_it_on_before_anything_else_when_it_is_required()
    {
        await app.AddAccountAsync("admin.baru", UserRole.ProvinceAdmin, "61");
        var required = app.WithWebHostBuilder(host => host.UseSetting("Access:RequireTwoFactorForProvinceAdmins", "true"));
        var admin = await required.SignInWithAsync("admin.baru", DesaApp.Password);

        Assert.True((await admin.SendAsync(AccessApi.Me)).Field("me").GetProperty("twoFactorRequired").GetBoolean());
        var gated = await admin.SendAsync("{ users { totalCount } }");
        Assert.Equal(HttpStatusCode.BadRequest, gated.Status);
        Assert.Equal("TWO_FACTOR_REQUIRED", gated.ErrorCode());

        var key = (await admin.SendAsync(BeginSetup)).Field("beginTwoFactorSetup").GetProperty("sharedKey").GetString()!;
        Assert.Empty((await admin.SendAsync(Enable, new { code = Totp.Code(key) })).ErrorCodes("enableTwoFactor"));
        var secured = await required.SignInWithAsync("admin.baru", DesaApp.Password, Totp.Code(key));
        Assert.False((await secured.SendAsync("{ users { totalCount } }")).HasErrors);
        var off = await secured.SendAsync(Disable, new { code = Totp.Code(key) });
        Assert.Equal(["TWO_FACTOR_REQUIRED"], off.ErrorCodes("disableTwoFactor"));
    }

    [Fact]
    public void The_code_helper_follows_rfc_6238()
    {
        // RFC 6238, appendix B: the SHA-1 secret "12345678901234567890" at T = 59 s gives 94287082 (last 6 digits).
        Assert.Equal("287082", Totp.Code("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", DateTimeOffset.FromUnixTimeSeconds(59)));
    }
}
