using DesaPlatform.Budgeting.Arrears;
using DesaPlatform.Budgeting.Arrears.List;
using DesaPlatform.Budgeting.Arrears.Summary;
using DesaPlatform.Budgeting.Gap.Find;
using DesaPlatform.Budgeting.Payments.Import;
using DesaPlatform.Budgeting.Payments.Record;
using DesaPlatform.Budgeting.Plans;
using DesaPlatform.Budgeting.Plans.Adjust;
using DesaPlatform.Budgeting.Plans.Approve;
using DesaPlatform.Budgeting.Plans.Compute;
using DesaPlatform.Budgeting.Plans.Find;
using DesaPlatform.Budgeting.Plans.List;
using DesaPlatform.Budgeting.Plans.Reopen;
using DesaPlatform.Budgeting.Plans.Return;
using DesaPlatform.Budgeting.Plans.Submit;
using DesaPlatform.Budgeting.Plans.Withdraw;
using DesaPlatform.Budgeting.Policies.Copy;
using DesaPlatform.Budgeting.Policies.Find;
using DesaPlatform.Budgeting.Policies.List;
using DesaPlatform.Budgeting.Policies.Set;
using DesaPlatform.Budgeting.Premiums;
using DesaPlatform.Budgeting.Rates.Add;
using DesaPlatform.Budgeting.Rates.Correct;
using DesaPlatform.Budgeting.Rates.AddDiscount;
using DesaPlatform.Budgeting.Rates.EndDiscount;
using DesaPlatform.Budgeting.Rates.ListDiscounts;
using DesaPlatform.Budgeting.Rates.End;
using DesaPlatform.Budgeting.Rates.List;
using DesaPlatform.SharedKernel.GraphQL;
using GraphQL.Types;

namespace DesaPlatform.Budgeting;

internal sealed class BudgetingSchema : ISchemaContribution
{
    public void AddQueries(ObjectGraphType query)
    {
        ListPremiumRatesField.AddTo(query);
        ListPremiumRateDiscountsField.AddTo(query);
        FindFundingPolicyField.AddTo(query);
        ListFundingPoliciesField.AddTo(query);
        ListArrearsField.AddTo(query);
        ArrearsSummaryField.AddTo(query);
        foreach (var level in PlanLevel.All) FindBudgetPlanField.AddTo(query, level);
        ListBudgetPlansField.AddTo(query);
        BudgetGapField.AddTo(query);
    }

    public void AddMutations(ObjectGraphType mutation)
    {
        AddPremiumRateField.AddTo(mutation);
        CorrectPremiumRateField.AddTo(mutation);
        EndPremiumRateField.AddTo(mutation);
        AddPremiumRateDiscountField.AddTo(mutation);
        EndPremiumRateDiscountField.AddTo(mutation);
        SetFundingPolicyField.AddTo(mutation);
        CopyFundingPolicyField.AddTo(mutation);
        RecordPaymentField.AddTo(mutation);
        ImportPaymentsField.AddTo(mutation);
        ComputeBudgetPlanField.AddTo<ComputeBudgetPlanInputType>(mutation, PlanLevel.Village);
        ComputeBudgetPlanField.AddTo<ComputeRegencyBudgetPlanInputType>(mutation, PlanLevel.Regency);
        foreach (var level in PlanLevel.All)
        {
            AdjustBudgetPlanField.AddTo(mutation, level);
            SubmitBudgetPlanField.AddTo(mutation, level);
            ApproveBudgetPlanField.AddTo(mutation, level);
            ReturnBudgetPlanField.AddTo(mutation, level);
            WithdrawBudgetPlanField.AddTo(mutation, level);
            ReopenBudgetPlanField.AddTo(mutation, level);
        }
    }

    public IEnumerable<Type> SharedTypes => [typeof(PremiumQuoteType), typeof(PersonArrearsType)];

    public IEnumerable<TypeExtension> TypeExtensions => [.. RosterPremiumFields.All, .. RosterArrearsFields.All];
}
