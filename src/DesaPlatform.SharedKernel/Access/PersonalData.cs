namespace DesaPlatform.SharedKernel.Access;

/// <summary>NIK is personal data (UU 27/2022): shown whole only to those whose work needs it, masked to everyone else.</summary>
public static class PersonalData
{
    /// <summary>Village operators keep the roster and regency staff check it; province admins and viewers read figures.</summary>
    public static bool MayReadNik(this ICurrentUser user) =>
        user.Role is UserRole.VillageOperator or UserRole.RegencyStaff;

    /// <summary>Keeps the kecamatan code and the serial, hides the birth date: <c>610101******0001</c>.</summary>
    public static string MaskNik(string nik) =>
        nik.Length == 16 ? string.Concat(nik.AsSpan(0, 6), "******", nik.AsSpan(12)) : new string('*', nik.Length);
}
