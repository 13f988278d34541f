using DesaPlatform.Tests.Infrastructure;

namespace DesaPlatform.Tests.Integration.AccessMatrix;

/// <summary>
/// One caller per role (and an anonymous one), with a village inside and one outside its scope. The national reader (a
/// viewer of the whole country) has no outside: its second village is in another province, outside everyone else's.
/// </summary>
public sealed record Actor(string Role, string? UserName, string Inside, string Outside)
{
    public static readonly Actor[] All =
    [
        new("ProvinceAdmin", "admin.kalbar", Roster.DalamKaum, MatrixWorld.OtherProvinceVillage),
        new("RegencyStaff", "dpmd.sambas", Roster.DalamKaum, Roster.Sengkubang),
        new("VillageOperator", "op.dalamkaum", Roster.DalamKaum, Roster.LubukDagang),
        new("Viewer", "viewer.sambas", Roster.DalamKaum, Roster.Sengkubang),
        new("BpjsOfficer", "bpjs.sambas", Roster.DalamKaum, Roster.Sengkubang),
        new(NationalReader, "kemendagri", Roster.DalamKaum, MatrixWorld.OtherProvinceVillage),
        new("Anonymous", null, Roster.DalamKaum, Roster.Sengkubang),
    ];

    public const string NationalReader = "NationalReader";

    public static Actor Named(string role) => All.Single(a => a.Role == role);
}
