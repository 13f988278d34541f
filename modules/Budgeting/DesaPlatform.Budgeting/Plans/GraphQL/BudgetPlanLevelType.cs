using GraphQL.Types;

namespace DesaPlatform.Budgeting.Plans.GraphQL;

internal sealed class BudgetPlanLevelType : EnumerationGraphType<PlanLevelName>
{
    public BudgetPlanLevelType()
    {
        Name = "BudgetPlanLevel";
        Description = "Whose budget a plan is: a village's APBDes or a regency's own APBD.";
    }
}
