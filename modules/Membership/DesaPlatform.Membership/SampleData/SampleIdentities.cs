using DesaPlatform.Membership.Domain;

namespace DesaPlatform.Membership.SampleData;

/// <summary>One made-up person: marked name, NIK, sex, birth date and the KPJ they would get if enrolled.</summary>
internal sealed record SampleIdentity(string FullName, string Nik, Sex Sex, DateOnly BirthDate, string Kpj);

/// <summary>
/// The people of one sample desa. A NIK as the rule says (the desa's own kecamatan, the birth date with day + 40 for
/// women, a serial) whose serial is the desa's number in its kecamatan times <see cref="PerVillage"/> plus the person's:
/// no two people of the sample share one, whatever their birth dates. A KPJ of 11 digits, 9 then the desa's number in the
/// province and the person's.
/// </summary>
internal sealed class SampleIdentities(SampleVillage village, Random random)
{
    private const int PerVillage = 40;
    private int _count;

    public SampleIdentity Next(bool woman)
    {
        if (++_count >= PerVillage) throw new InvalidOperationException($"A sample desa has fewer than {PerVillage} people.");
        var serial = village.NumberInDistrict * PerVillage + _count;
        var born = new DateOnly(1960 + random.Next(40), 1 + random.Next(12), 1 + random.Next(28));
        var district = village.Code[..8].Replace(".", "");
        var nik = $"{district}{born.Day + (woman ? 40 : 0):D2}{born.Month:D2}{born.Year % 100:D2}{serial:D4}";
        return new SampleIdentity(SampleNames.Pick(random, woman), nik, woman ? Sex.Female : Sex.Male, born, $"9{village.Number:D6}{_count:D4}");
    }
}
