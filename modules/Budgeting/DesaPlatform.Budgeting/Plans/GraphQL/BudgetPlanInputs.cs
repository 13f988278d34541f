using GraphQL.Types;

namespace DesaPlatform.Budgeting.Plans.GraphQL;

/// <summary>A decision: which submission, and why (return and reopen only).</summary>
internal sealed record BudgetPlanDecisionInput(Guid SubmissionId)
{
    public string? Reason { get; init; }
}

internal abstract class BudgetPlanSubmissionInputType : InputObjectGraphType<BudgetPlanDecisionInput>
{
    protected BudgetPlanSubmissionInputType(string name)
    {
        Name = name;
        Field<NonNullGraphType<IdGraphType>>("submissionId");
    }
}

internal abstract class BudgetPlanReasonInputType : InputObjectGraphType<BudgetPlanDecisionInput>
{
    protected BudgetPlanReasonInputType(string name)
    {
        Name = name;
        Field<NonNullGraphType<IdGraphType>>("submissionId");
        Field<NonNullGraphType<StringGraphType>>("reason");
    }
}
