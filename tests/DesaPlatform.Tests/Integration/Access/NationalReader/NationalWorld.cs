using DesaPlatform.SharedKernel.Access;
using DesaPlatform.Tests.Infrastructure;
using DesaPlatform.Tests.Integration.AccessMatrix;
using Microsoft.Extensions.DependencyInjection;

namespace DesaPlatform.Tests.Integration.Access.NationalReader;

/// <summary>Two provinces (Kalimantan Barat and a one-desa Kalimantan Tengah), each with one approved, covered person.</summary>
public sealed class NationalWorld : IAsyncLifetime
{
    public const string TengahNik = "6201015708900003";

    public DesaApp App { get; } = new();

    public async Task InitializeAsync()
    {
        await ((IAsyncLifetime)App).InitializeAsync();
        using (var scope = App.Services.CreateScope()) await MatrixWorld.AddOtherProvinceAsync(scope.ServiceProvider);
        await App.AddAccountAsync("op.sungaitendang", UserRole.VillageOperator, MatrixWorld.OtherProvinceVillage);
        await App.AddAccountAsync("dpmd.kobar", UserRole.RegencyStaff, "62.01");
        await AddApprovedPersonAsync("op.dalamkaum", "dpmd.sambas", Roster.DalamKaum, "6101015708900003");
        await AddApprovedPersonAsync("op.sungaitendang", "dpmd.kobar", MatrixWorld.OtherProvinceVillage, TengahNik);
    }

    public Task DisposeAsync() => ((IAsyncLifetime)App).DisposeAsync();

    private async Task AddApprovedPersonAsync(string villageOperator, string regencyStaff, string village, string nik)
    {
        var submissionId = await Roster.AddAndSubmitAsync(await App.SignInAsync(villageOperator), village, nik);
        var approved = await (await App.SignInAsync(regencyStaff)).SendAsync(Roster.Approve, new { id = submissionId });
        Assert.Empty(approved.ErrorCodes("approveSubmission"));
    }
}
