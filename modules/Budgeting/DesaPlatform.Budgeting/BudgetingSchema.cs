using DesaPlatform.Budgeting.Policies.Copy;
using DesaPlatform.Budgeting.Policies.Find;
using DesaPlatform.Budgeting.Policies.List;
using DesaPlatform.Budgeting.Policies.Set;
using DesaPlatform.Budgeting.Premiums;
using DesaPlatform.Budgeting.Rates.List;
using DesaPlatform.SharedKernel.GraphQL;
using GraphQL.Types;

namespace DesaPlatform.Budgeting;

internal sealed class BudgetingSchema : ISchemaContribution
{
    public void AddQueries(ObjectGraphType query)
    {
        ListPremiumRatesField.AddTo(query);
        FindFundingPolicyField.AddTo(query);
        ListFundingPoliciesField.AddTo(query);
    }

    public void AddMutations(ObjectGraphType mutation)
    {
        SetFundingPolicyField.AddTo(mutation);
        CopyFundingPolicyField.AddTo(mutation);
    }

    public IEnumerable<Type> SharedTypes => [typeof(PremiumQuoteType)];

    public IEnumerable<TypeExtension> TypeExtensions => RosterPremiumFields.All;
}
