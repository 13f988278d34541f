using DesaPlatform.Budgeting.Contracts;
using DesaPlatform.Budgeting.Domain;
using DesaPlatform.Membership.Contracts;
using DesaPlatform.Regions.Contracts;
using DesaPlatform.SharedKernel.GraphQL;
using DesaPlatform.SharedKernel.Modules;
using DesaPlatform.SharedKernel.Time;
using GraphQL;

namespace DesaPlatform.Budgeting.Policies;

/// <summary>
/// What a funding policy must be: a regency inside the caller's scope, a year, a numbered and dated Perbup, and every
/// position group once — at least JKK and JKM, a wage base that fits its scheme and group, and for each program
/// payers' shares that add up to the whole; BPD premiums paid from the APBDes need the regency's account code.
/// </summary>
internal sealed class FundingPolicyRules(IRegionDirectory regions, IPositionCatalog positions, IClock clock)
{
    private const int Regency = 2;

    public async Task<UserError?> CheckRegionAsync(string regionCode, CancellationToken cancellationToken)
    {
        var region = await regions.FindAsync(regionCode, cancellationToken);
        if (region is null) return UserError.UnknownRegion(regionCode, "regionCode");
        return region.Depth == Regency
            ? null
            : new UserError("FUNDING_POLICY_REGION_LEVEL", "Kebijakan pendanaan ditetapkan per kabupaten/kota.", "regionCode");
    }

    public static UserError? CheckYear(int year, string field) =>
        year is < FundingPolicy.FirstYear or > FundingPolicy.LastYear
            ? new UserError("FUNDING_POLICY_YEAR", $"Tahun anggaran harus antara {FundingPolicy.FirstYear} dan {FundingPolicy.LastYear}.", field)
                { Values = MessageValues.Of(("first", FundingPolicy.FirstYear), ("last", FundingPolicy.LastYear)) }
            : null;

    /// <summary>The values as they are kept: texts trimmed, empty ones none, groups and their programs in order, each once.</summary>
    public static FundingPolicyValues Normalized(FundingPolicyInputValues input) => new(
        input.RegulationNumber?.Trim() ?? "", input.RegulationDate ?? default, Blank(input.BpdAccountCode), input.BpuDiscountForVillageBudget,
        Blank(input.Note), input.Groups.OrderBy(g => g.Group)
            .Select(g => g with { Programs = g.Programs.Distinct().Order().ToList(), PositionWages = g.PositionWages ?? [] }).ToList());

    public async Task<List<UserError>> CheckAsync(string regionCode, FundingPolicyInputValues input, CancellationToken cancellationToken)
    {
        var errors = new List<UserError>();
        if (string.IsNullOrWhiteSpace(input.RegulationNumber))
            errors.Add(new UserError("FUNDING_POLICY_REGULATION_NUMBER", "Nomor Perbup wajib diisi, mis. \"Perbup Sambas Nomor 12 Tahun 2025\".", "regulationNumber"));
        else if (input.RegulationNumber.Trim().Length > FundingPolicy.RegulationMaxLength) errors.Add(TooLong("regulationNumber", FundingPolicy.RegulationMaxLength));
        if (input.RegulationDate is not { } date)
            errors.Add(new UserError("FUNDING_POLICY_REGULATION_DATE", "Tanggal Perbup wajib diisi.", "regulationDate"));
        else if (!PlausibleDates.Contains(date) || date > clock.TodayIn(regionCode))
            errors.Add(new UserError("FUNDING_POLICY_REGULATION_DATE_RANGE", "Tanggal Perbup tidak boleh setelah hari ini.", "regulationDate"));
        if (Blank(input.BpdAccountCode) is { } account && !IsAccountCode(account))
            errors.Add(new UserError("FUNDING_POLICY_ACCOUNT_CODE", "Kode rekening berupa angka bertitik, mis. 5.1.4.91.", "bpdAccountCode"));
        if (Blank(input.Note)?.Length > FundingPolicy.NoteMaxLength) errors.Add(TooLong("note", FundingPolicy.NoteMaxLength));
        errors.AddRange(CheckGroupsCovered(input.Groups));
        var catalog = await positions.AllAsync(cancellationToken);
        for (var i = 0; i < input.Groups.Count; i++) errors.AddRange(CheckGroup(input.Groups[i], $"groups.{i}", catalog));
        var bpd = input.Groups.FirstOrDefault(g => g.Group == PositionGroup.Bpd);
        if (bpd is not null && bpd.Shares.Any(s => s.Payer.IsVillageBudget()) && Blank(input.BpdAccountCode) is null)
            errors.Add(new UserError("FUNDING_POLICY_BPD_ACCOUNT_REQUIRED",
                "Premi BPD dibayar dari APBDes: isi kode rekening BPD kabupaten/kota (tidak ada kode standar), mis. 5.1.4.91.", "bpdAccountCode"));
        return errors;
    }

    private static IEnumerable<UserError> CheckGroupsCovered(IReadOnlyList<GroupFunding> groups)
    {
        foreach (var group in PositionGroups.All)
        {
            var count = groups.Count(g => g.Group == group);
            if (count == 0)
                yield return new UserError("FUNDING_POLICY_GROUP_MISSING", $"Kelompok {GroupName(group)} belum diatur.", "groups")
                    { Values = MessageValues.Of(("group", GroupCode(group))) };
            else if (count > 1)
                yield return new UserError("FUNDING_POLICY_GROUP_REPEATED", $"Kelompok {GroupName(group)} diatur lebih dari sekali.", "groups")
                    { Values = MessageValues.Of(("group", GroupCode(group))) };
        }
    }

    private static IEnumerable<UserError> CheckGroup(GroupFunding group, string path, IReadOnlyList<CatalogPosition> catalog)
    {
        var named = MessageValues.Of(("group", GroupCode(group.Group)));
        if (!group.Programs.Contains(SocialSecurityProgram.Jkk) || !group.Programs.Contains(SocialSecurityProgram.Jkm))
            yield return new UserError("FUNDING_POLICY_PROGRAMS_REQUIRED", $"Kelompok {GroupName(group.Group)} wajib ikut paling sedikit JKK dan JKM.", $"{path}.programs")
                { Values = named };
        if (group.Scheme == Scheme.Bpu && group.Programs.Contains(SocialSecurityProgram.Jp))
            yield return new UserError("FUNDING_POLICY_JP_NEEDS_PU", "JP (Jaminan Pensiun) hanya untuk peserta Penerima Upah (PU).", $"{path}.programs")
                { Values = named };
        foreach (var error in CheckWageBase(group, path, catalog)) yield return error;
        foreach (var error in CheckShares(group, path)) yield return error;
    }

    private static IEnumerable<UserError> CheckWageBase(GroupFunding group, string path, IReadOnlyList<CatalogPosition> catalog)
    {
        var named = MessageValues.Of(("group", GroupCode(group.Group)));
        if (group.Scheme == Scheme.Bpu && group.WageRule != WageBaseRule.DeclaredIncome)
            yield return new UserError("FUNDING_POLICY_BPU_DECLARED_INCOME", "Peserta BPU membayar atas penghasilan yang dilaporkan: pilih dasar \"penghasilan dilaporkan\".", $"{path}.wageRule")
                { Values = named };
        else if (group.Scheme == Scheme.Pu && group.WageRule == WageBaseRule.DeclaredIncome)
            yield return new UserError("FUNDING_POLICY_PU_WAGE", "Peserta PU membayar atas upah: pilih siltap minimum atau besaran kabupaten/kota.", $"{path}.wageRule")
                { Values = named };
        if (group.WageRule == WageBaseRule.SiltapMinimum && group.Group is not (PositionGroup.KepalaDesa or PositionGroup.Perangkat))
            yield return new UserError("FUNDING_POLICY_SILTAP_GROUP", "Siltap minimum PP 11/2019 hanya untuk kepala desa dan perangkat desa.", $"{path}.wageRule")
                { Values = named };
        if (group.WageRule != WageBaseRule.SiltapMinimum && group.WageAmount is not > 0)
            yield return WageAmountMissing($"{path}.wageAmount", named);
        if (group.WageAmount is { } amount && decimal.Round(amount) != amount)
            yield return new UserError("FUNDING_POLICY_WHOLE_RUPIAH", "Besaran ditulis dalam rupiah penuh, tanpa sen.", $"{path}.wageAmount") { Values = named };
        foreach (var wage in group.PositionWages ?? [])
        {
            var position = catalog.FirstOrDefault(p => p.Code == wage.PositionCode);
            if (position is null || PositionGroups.Of(position) != group.Group)
                yield return new UserError("FUNDING_POLICY_POSITION_GROUP", $"Jabatan '{wage.PositionCode}' bukan bagian kelompok {GroupName(group.Group)}.", $"{path}.positionWages")
                    { Values = MessageValues.Of(("group", GroupCode(group.Group)), ("position", wage.PositionCode)) };
            else if (group.WageRule != WageBaseRule.RegencyAmount)
                yield return new UserError("FUNDING_POLICY_POSITION_WAGE_RULE", "Besaran per jabatan hanya untuk dasar \"besaran kabupaten/kota\".", $"{path}.positionWages")
                    { Values = named };
            else if (wage.Amount <= 0 || decimal.Round(wage.Amount) != wage.Amount)
                yield return WageAmountMissing($"{path}.positionWages", named);
        }
    }

    private static IEnumerable<UserError> CheckShares(GroupFunding group, string path)
    {
        foreach (var share in group.Shares.Where(s => !group.Programs.Contains(s.Program)).DistinctBy(s => s.Program))
            yield return new UserError("FUNDING_POLICY_SHARE_PROGRAM", $"Ada pembagian iuran untuk {share.Program.ToString().ToUpperInvariant()}, padahal program itu tidak dipilih.", $"{path}.shares")
                { Values = MessageValues.Of(("group", GroupCode(group.Group)), ("program", share.Program.ToString().ToUpperInvariant())) };
        if (group.Shares.Any(s => s.Percent is <= 0 or > 100 || decimal.Round(s.Percent, 2) != s.Percent))
            yield return new UserError("FUNDING_POLICY_SHARE_PERCENT", "Setiap bagian lebih dari 0 dan paling banyak 100 persen, paling banyak dua desimal.", $"{path}.shares")
                { Values = MessageValues.Of(("group", GroupCode(group.Group))) };
        foreach (var program in group.Programs.Distinct())
        {
            var shares = group.SharesOf(program).ToList();
            var values = MessageValues.Of(("group", GroupCode(group.Group)), ("program", program.ToString().ToUpperInvariant()), ("total", shares.Sum(s => s.Percent)));
            if (shares.GroupBy(s => s.Payer).Any(p => p.Count() > 1))
                yield return new UserError("FUNDING_POLICY_SHARE_REPEATED", "Satu pembayar disebut dua kali untuk program yang sama; gabungkan bagiannya.", $"{path}.shares")
                    { Values = values };
            else if (shares.Sum(s => s.Percent) != 100)
                yield return new UserError("FUNDING_POLICY_SHARES_TOTAL",
                    $"Bagian pembayar iuran {program.ToString().ToUpperInvariant()} kelompok {GroupName(group.Group)} berjumlah {shares.Sum(s => s.Percent)}%, harus 100%.", $"{path}.shares")
                    { Values = values };
        }
    }

    /// <summary>The group as the schema names it (KEPALA_DESA, PERANGKAT, BPD, EKOSISTEM).</summary>
    private static string GroupCode(PositionGroup group) => group.ToString().ToConstantCase();

    private static string GroupName(PositionGroup group) => group switch
    {
        PositionGroup.KepalaDesa => "kepala desa",
        PositionGroup.Perangkat => "perangkat desa",
        PositionGroup.Bpd => "BPD",
        _ => "ekosistem desa",
    };

    private static UserError WageAmountMissing(string field, IReadOnlyDictionary<string, string> values) =>
        new("FUNDING_POLICY_WAGE_AMOUNT", "Isi besaran dasar upah atau penghasilan sebulan (rupiah, lebih dari nol).", field) { Values = values };

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static UserError TooLong(string field, int max) =>
        new("FUNDING_POLICY_TEXT_TOO_LONG", $"Paling banyak {max} karakter.", field) { Values = MessageValues.Of(("max", max)) };

    /// <summary>Digits in two to eight dotted parts, as APBDes and APBD accounts are written (5.1.4.91, 5.1.02.02.02.0006).</summary>
    private static bool IsAccountCode(string code)
    {
        var parts = code.Split('.');
        return parts.Length is >= 2 and <= 8 && parts.All(p => p.Length > 0 && p.All(char.IsAsciiDigit));
    }
}

/// <summary>A policy as the form (or a copy) gives it, before it is checked.</summary>
internal sealed record FundingPolicyInputValues(
    string? RegulationNumber, DateOnly? RegulationDate, string? BpdAccountCode, bool BpuDiscountForVillageBudget, string? Note,
    IReadOnlyList<GroupFunding> Groups);
