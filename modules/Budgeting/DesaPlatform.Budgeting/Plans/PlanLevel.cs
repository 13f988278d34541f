using DesaPlatform.Budgeting.Contracts;
using DesaPlatform.Budgeting.Plans.Domain;
using DesaPlatform.SharedKernel.Approvals;
using DesaPlatform.SharedKernel.Regions;

namespace DesaPlatform.Budgeting.Plans;

/// <summary>
/// Whose budget a plan is: a village's APBDes (its operator submits, its regency reviews) or a regency's own APBD (its
/// staff submit, the province reviews). One plan entity, one workflow, one set of handlers; each level has its own
/// fields (<c>submitBudgetPlan</c>, <c>submitRegencyBudgetPlan</c>…) gated by its <see cref="ApprovalRoles"/>, and finds
/// only plans of its level — so a regency's staff, whose scope holds their villages' plans, never submit one, and
/// never review their own.
/// </summary>
internal abstract class PlanLevel(string name, string codeArgument, int depth, ApprovalRoles roles)
{
    public static PlanLevel Village { get; } = new VillageLevel();
    public static PlanLevel Regency { get; } = new RegencyLevel();
    public static IReadOnlyList<PlanLevel> All { get; } = [Village, Regency];

    public static PlanLevel Named(PlanLevelName name) => name == PlanLevelName.Regency ? Regency : Village;

    /// <summary>The argument naming the region: <c>villageCode</c> or <c>regencyCode</c>.</summary>
    public string CodeArgument => codeArgument;

    public ApprovalRoles Roles => roles;

    /// <summary>All codes of a level share a length: what the database filters on.</summary>
    public int CodeLength { get; } = RegionCode.ChildCodeLength(depth - 1);

    /// <summary><c>submit</c> → <c>submitBudgetPlan</c> or <c>submitRegencyBudgetPlan</c>.</summary>
    public string FieldName(string verb) => $"{verb}{name}BudgetPlan";

    /// <summary>A type of this level's own (one naming the region): <c>ComputeBudgetPlanInput</c>, <c>ComputeRegencyBudgetPlanInput</c>.</summary>
    public string TypeName(string verb, string suffix) => $"{verb}{name}BudgetPlan{suffix}";

    public bool Holds(string regionCode) => regionCode.Length == CodeLength && RegionCode.IsWellFormed(regionCode);

    /// <summary>Whether a payer's shares belong in this level's budget.</summary>
    public abstract bool Pays(Payer payer);

    /// <summary>Whether the line's account is where this level books its group's premiums.</summary>
    public abstract bool Books(PlanLine line, FundingTerms? terms);

    /// <summary>The plan of the region from the computed plans of its villages.</summary>
    public abstract PlanBasis BasisOf(string regionCode, DateOnly rosterAsOf, IReadOnlyDictionary<string, VillagePlan> villages);

    private sealed class VillageLevel() : PlanLevel("", "villageCode", 4, ApprovalRoles.Village)
    {
        public override bool Pays(Payer payer) => payer.IsVillageBudget();

        public override bool Books(PlanLine line, FundingTerms? terms) => terms is not null && PlanAccounts.Of(line.Group, terms) == line.AccountCode;

        public override PlanBasis BasisOf(string regionCode, DateOnly rosterAsOf, IReadOnlyDictionary<string, VillagePlan> villages) =>
            villages.GetValueOrDefault(regionCode) is { } village
                ? new PlanBasis(rosterAsOf, village.VillageLines, village.Members, village.RatesPaidBy(Pays))
                : new PlanBasis(rosterAsOf, [], [], []);
    }

    /// <summary>
    /// The regency's APBD plan: the APBD kabupaten/kota shares of its villages' plans, summed — a line per account, group
    /// and monthly premium — with the members of the groups it pays for and the rates of its share.
    /// </summary>
    private sealed class RegencyLevel() : PlanLevel("Regency", "regencyCode", 2, ApprovalRoles.Regency)
    {
        public override bool Pays(Payer payer) => payer == Payer.ApbdKabupaten;

        public override bool Books(PlanLine line, FundingTerms? terms) => ApbdAccounts.NameOf(line.AccountCode) is not null;

        public override PlanBasis BasisOf(string regionCode, DateOnly rosterAsOf, IReadOnlyDictionary<string, VillagePlan> villages)
        {
            var lines = villages.Values.SelectMany(v => v.AllLines).Where(l => Pays(l.Payer))
                .GroupBy(l => (l.AccountCode, l.Group, l.Payer, l.MonthlyPremium, l.Months))
                .Select(l => l.First() with { People = l.Sum(x => x.People) })
                .OrderBy(l => l.AccountCode).ThenBy(l => l.Group).ThenBy(l => l.MonthlyPremium).ThenBy(l => l.Months).ToList();
            var groups = lines.Select(l => l.Group).ToHashSet();
            var members = villages.Values.SelectMany(v => v.Members).Where(m => groups.Contains(m.Group)).ToList();
            var rates = PlanRate.Sorted(villages.Values.SelectMany(v => v.RatesPaidBy(Pays)));
            return new PlanBasis(rosterAsOf, lines, members, rates);
        }
    }
}

/// <summary>The levels by name, as the schema lists them.</summary>
internal enum PlanLevelName
{
    Village,
    Regency,
}
