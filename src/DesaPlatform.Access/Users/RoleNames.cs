using DesaPlatform.SharedKernel.Access;

namespace DesaPlatform.Access.Users;

/// <summary>Roles and the region level each acts on, as users read them.</summary>
internal static class RoleNames
{
    public static string Of(UserRole role) => role switch
    {
        UserRole.ProvinceAdmin => "Admin Provinsi",
        UserRole.RegencyStaff => "Staf DPMD Kabupaten/Kota",
        UserRole.VillageOperator => "Operator Desa",
        UserRole.BpjsOfficer => "Petugas BPJS Ketenagakerjaan",
        _ => "Pemantau",
    };

    /// <summary>The region depth a role acts on (1 province … 4 village); null: any level (viewers, BPJS officers: a branch serves a regency or a province).</summary>
    public static int? DepthOf(UserRole role) => role switch
    {
        UserRole.ProvinceAdmin => 1,
        UserRole.RegencyStaff => 2,
        UserRole.VillageOperator => 4,
        _ => null,
    };

    public static string LevelName(int depth) => depth switch
    {
        1 => "provinsi",
        2 => "kabupaten/kota",
        3 => "kecamatan",
        _ => "desa/kelurahan",
    };
}
