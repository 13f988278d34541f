using DesaPlatform.Budgeting.Contracts;
using DesaPlatform.SharedKernel.Access;

namespace DesaPlatform.Budgeting.Domain;

/// <summary>
/// A regency's funding policy for one fiscal year, under its Perbup: for every position group, scheme, programs, wage
/// base and payers; the account code of BPD premiums; whether PP 50/2025's discount is taken where the APBDes pays.
/// </summary>
internal sealed class FundingPolicy : IRegionOwned
{
    public const int FirstYear = 2020;
    public const int LastYear = 2045;
    public const int RegulationMaxLength = 200;
    public const int AccountCodeMaxLength = 30;
    public const int NoteMaxLength = 1000;

    public Guid Id { get; init; } = Guid.NewGuid();
    public required string RegionCode { get; init; }
    public required int Year { get; init; }
    public required string RegulationNumber { get; set; }
    public required DateOnly RegulationDate { get; set; }
    public string? BpdAccountCode { get; set; }
    public bool BpuDiscountForVillageBudget { get; set; }
    public string? Note { get; set; }
    public required IReadOnlyList<GroupFunding> Groups { get; set; }

    /// <summary>Counts the saved changes, so that an edit made on an older reading is refused, not saved over the newer one.</summary>
    public int Version { get; private set; }

    public void Take(FundingPolicyValues values)
    {
        if (values != Values) Version++;
        (RegulationNumber, RegulationDate, BpdAccountCode, BpuDiscountForVillageBudget, Note, Groups) =
            (values.RegulationNumber, values.RegulationDate, values.BpdAccountCode, values.BpuDiscountForVillageBudget, values.Note, values.Groups);
    }

    public FundingPolicyValues Values => new(RegulationNumber, RegulationDate, BpdAccountCode, BpuDiscountForVillageBudget, Note, Groups);

    public static FundingPolicy From(string regionCode, int year, FundingPolicyValues values) => new()
    {
        RegionCode = regionCode, Year = year, RegulationNumber = values.RegulationNumber, RegulationDate = values.RegulationDate,
        BpdAccountCode = values.BpdAccountCode, BpuDiscountForVillageBudget = values.BpuDiscountForVillageBudget, Note = values.Note,
        Groups = values.Groups,
    };

    public FundingTerms Terms() =>
        new(RegionCode, Year, RegulationNumber, RegulationDate, BpdAccountCode, BpuDiscountForVillageBudget, Groups);
}

/// <summary>What a policy says, checked (<c>FundingPolicyRules</c>); equal when every group says the same.</summary>
internal sealed record FundingPolicyValues(
    string RegulationNumber, DateOnly RegulationDate, string? BpdAccountCode, bool BpuDiscountForVillageBudget, string? Note,
    IReadOnlyList<GroupFunding> Groups)
{
    public bool Equals(FundingPolicyValues? other) =>
        other is not null
        && (RegulationNumber, RegulationDate, BpdAccountCode, BpuDiscountForVillageBudget, Note)
        == (other.RegulationNumber, other.RegulationDate, other.BpdAccountCode, other.BpuDiscountForVillageBudget, other.Note)
        && GroupFundingJson.Write(Groups) == GroupFundingJson.Write(other.Groups);

    public override int GetHashCode() => HashCode.Combine(RegulationNumber, RegulationDate, GroupFundingJson.Write(Groups));
}
