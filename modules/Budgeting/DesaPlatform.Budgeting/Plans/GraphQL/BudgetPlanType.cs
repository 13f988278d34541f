using DesaPlatform.Budgeting.GraphQL;
using DesaPlatform.Budgeting.Plans.Domain;
using DesaPlatform.Budgeting.Policies;
using DesaPlatform.SharedKernel.Approvals;
using DesaPlatform.SharedKernel.GraphQL;
using GraphQL.Types;

namespace DesaPlatform.Budgeting.Plans.GraphQL;

internal sealed class BudgetPlanType : ObjectGraphType<BudgetPlan>
{
    public BudgetPlanType()
    {
        Name = "BudgetPlan";
        Description = "A budget plan for a fiscal year (one revision: 0 the budget, later ones its Perubahan): a village's APBDes, in the APBDes structure, or a regency's own APBD plan, on APBD accounts.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => ctx.Source.Id);
        Field(p => p.RegionCode).Description("The village (its APBDes plan) or the regency (its own APBD plan).");
        Field<NonNullGraphType<StringGraphType>>("regionName").Resolve(ctx => ctx.Service<RegionNames>().Load(ctx.Source.RegionCode));
        Field(p => p.Year);
        Field(p => p.Revision).Description("0: the budget (APBDes, APBD); 1 and on: each Perubahan.");
        Field(p => p.RosterAsOf).Description("The day of the approved roster(s) it was computed from.");
        Field(p => p.ComputedAt);
        Field(p => p.ComputedBy);
        Field(p => p.ApprovedAt, nullable: true).Description("When its reviewer (the regency; the province for a regency's plan) approved it; frozen since.");
        Field(p => p.Total).Description("The sum of its lines (rupiah).");
        Field(p => p.Version).Description("Send it back with an adjustment: a plan changed since is not saved over.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PlanLineType>>>>("lines").Description("The lines as planned (adjusted by the submitter).")
            .Resolve(ctx => ctx.Source.Lines);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PlanLineType>>>>("computedLines").Description("The lines as computed, before any adjustment.")
            .Resolve(ctx => ctx.Source.Computed);
        Field<ListGraphType<NonNullGraphType<PlanLineType>>>("previousLines").Description("The previous revision's lines; null for the first.")
            .Resolve(ctx => ctx.Service<PlanLoaders>().PreviousLines(ctx.Source));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PlannedMemberType>>>>("members").Description("The roster snapshot it was computed from (a regency's: the members of its villages in the groups it pays for).")
            .Resolve(ctx => ctx.Source.Members);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PlanRateType>>>>("rates").Description("The rate versions (and discounts) it used.")
            .Resolve(ctx => ctx.Source.Rates);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<BudgetPlanSubmissionType>>>>("submissions").Description("Its sendings and their decisions, latest first.")
            .Resolve(ctx => ctx.Service<PlanLoaders>().Submissions(ctx.Source.Id));
    }
}

internal sealed class PlanLineType : ObjectGraphType<PlanLine>
{
    public PlanLineType()
    {
        Name = "BudgetPlanLine";
        Field<StringGraphType>("activityCode").Description("The APBDes kegiatan (1.1.03); null on an APBD account (the sub kegiatan is the regency's own).")
            .Resolve(ctx => ApbdAccounts.NameOf(ctx.Source.AccountCode) is null ? PlanAccounts.Activity : null);
        Field(l => l.AccountCode).Description("The rekening: 5.1.3.03 kepala desa, 5.1.3.04 perangkat desa, the regency's code for BPD; on an APBD plan 5.1.02.02.02.0006 JKK, .0007 JKM.");
        Field<NonNullGraphType<StringGraphType>>("accountName").Description("The account's name (uraian), as the export writes it.")
            .Resolve(ctx => PlanAccounts.NameOf(ctx.Source));
        Field<NonNullGraphType<PositionGroupType>>("group").Resolve(ctx => ctx.Source.Group);
        Field<NonNullGraphType<PayerType>>("payer").Description("The funding source.").Resolve(ctx => ctx.Source.Payer);
        Field(l => l.People);
        Field(l => l.Months);
        Field(l => l.MonthlyPremium).Description("Per person and month (rupiah).");
        Field(l => l.Total);
        Field(l => l.Note, nullable: true).Description("Why the submitter changed it.");
    }
}

internal sealed class PlannedMemberType : ObjectGraphType<PlannedMember>
{
    public PlannedMemberType()
    {
        Name = "BudgetPlanMember";
        Field<NonNullGraphType<IdGraphType>>("entryId").Resolve(ctx => ctx.Source.EntryId);
        Field(m => m.FullName);
        Field(m => m.PositionCode);
        Field<NonNullGraphType<PositionGroupType>>("group").Resolve(ctx => ctx.Source.Group);
    }
}

internal sealed class PlanRateType : ObjectGraphType<PlanRate>
{
    public PlanRateType()
    {
        Name = "BudgetPlanRate";
        Field(r => r.RateId);
        Field(r => r.RateVersion);
        Field(r => r.DiscountId, nullable: true);
        Field<PremiumRateType>("rate").Description("The rate row as it stands now: a version other than rateVersion means it was corrected since the plan was computed.")
            .Resolve(ctx => ctx.Service<PlanRateSources>().Rate(ctx.Source.RateId));
        Field<PremiumRateDiscountType>("discount").Description("The discount applied, if any.")
            .Resolve(ctx => ctx.Source.DiscountId is { } id ? ctx.Service<PlanRateSources>().Discount(id) : null);
    }
}

internal sealed class BudgetPlanSubmissionType : ObjectGraphType<BudgetPlanSubmission>
{
    public BudgetPlanSubmissionType()
    {
        Name = "BudgetPlanSubmission";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => ctx.Source.Id);
        Field(s => s.RegionCode);
        Field<NonNullGraphType<IdGraphType>>("planId").Resolve(ctx => ctx.Source.PlanId);
        Field(s => s.Year);
        Field(s => s.Revision);
        Field(s => s.Total).Description("The plan's total when it was sent.");
        this.AddSubmissionFields();
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<BudgetPlanEventType>>>>("events").Description("Its history, oldest first.")
            .Resolve(ctx => ctx.Service<PlanLoaders>().Events(ctx.Source.Id));
    }
}

internal sealed class BudgetPlanEventType : ObjectGraphType<BudgetPlanEvent>
{
    public BudgetPlanEventType()
    {
        Name = "BudgetPlanEvent";
        this.AddEventFields();
    }
}
