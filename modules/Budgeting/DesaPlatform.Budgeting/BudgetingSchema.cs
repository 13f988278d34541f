using DesaPlatform.Budgeting.Premiums;
using DesaPlatform.Budgeting.Rates.List;
using DesaPlatform.SharedKernel.GraphQL;
using GraphQL.Types;

namespace DesaPlatform.Budgeting;

internal sealed class BudgetingSchema : ISchemaContribution
{
    public void AddQueries(ObjectGraphType query) => ListPremiumRatesField.AddTo(query);

    public void AddMutations(ObjectGraphType mutation)
    {
    }

    public IEnumerable<Type> SharedTypes => [typeof(PremiumQuoteType)];

    public IEnumerable<TypeExtension> TypeExtensions => RosterPremiumFields.All;
}
