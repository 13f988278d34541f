using System.Security.Cryptography;
using System.Text;
using DesaPlatform.Regions.Contracts;

namespace DesaPlatform.Membership.SampleData;

/// <summary>
/// A desa of the sample, numbered in the province and in its kecamatan (for unique NIKs and KPJs), with the user names
/// its operator and its regency's staff would have under the demo accounts' convention (<c>op.dalamkaum</c>,
/// <c>dpmd.sambas</c>), and a random stream of its own, seeded by its code: the same code, the same history.
/// </summary>
internal sealed record SampleVillage(string Code, string Name, string RegencyName, int Number, int NumberInDistrict)
{
    public static IEnumerable<SampleVillage> Of(IReadOnlyList<DesaEntry> desa) =>
        desa.GroupBy(d => d.Code[..8])
            .SelectMany(district => district.Select((village, index) => (village, index)))
            .Select((d, number) => new SampleVillage(d.village.Code, d.village.Name, d.village.RegencyName, number, d.index));

    public string Operator => "op." + UserNamePart(Name);

    public string Reviewer => "dpmd." + UserNamePart(RegencyName.Replace("Kabupaten", "").Replace("Kota", ""));

    public Random Random() => new(BitConverter.ToInt32(SHA256.HashData(Encoding.UTF8.GetBytes(Code))));

    private static string UserNamePart(string name) => string.Concat(name.ToLowerInvariant().Where(char.IsAsciiLetterOrDigit));
}
