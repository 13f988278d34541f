using DesaPlatform.Budgeting.Contracts;
using DesaPlatform.Membership.Contracts;

namespace DesaPlatform.Budgeting.Plans.Domain;

/// <summary>
/// The APBD accounts (sub rincian objek) of the premiums a regency or province pays for non-civil-servants, under
/// 5.1.02.02.02 <i>Belanja Iuran Jaminan/Asuransi</i> of the regional finance classification (Permendagri 90/2019, as
/// updated by Kepmendagri 050-5889/2021). Constants: the classification changes only by a new decree, never by a date.
/// JHT and JP have no "bagi Non ASN" sub rincian objek we could confirm: they are planned on the object itself.
/// </summary>
internal static class ApbdAccounts
{
    public const string Object = "5.1.02.02.02";
    public const string Jkk = "5.1.02.02.02.0006";
    public const string Jkm = "5.1.02.02.02.0007";

    private static readonly IReadOnlyDictionary<string, string> Names = new Dictionary<string, string>
    {
        [Jkk] = "Belanja Iuran Jaminan Kecelakaan Kerja bagi Non ASN",
        [Jkm] = "Belanja Iuran Jaminan Kematian bagi Non ASN",
        [Object] = "Belanja Iuran Jaminan Hari Tua dan Jaminan Pensiun bagi Non ASN",
    };

    /// <summary>The account of a regional budget's share of a program; null for a payer that is not a regional budget.</summary>
    public static string? Of(Payer payer, SocialSecurityProgram program) => payer is Payer.ApbdKabupaten or Payer.ApbdProvinsi
        ? program switch
        {
            SocialSecurityProgram.Jkk => Jkk,
            SocialSecurityProgram.Jkm => Jkm,
            _ => Object,
        }
        : null;

    public static string? NameOf(string accountCode) => Names.GetValueOrDefault(accountCode);
}
