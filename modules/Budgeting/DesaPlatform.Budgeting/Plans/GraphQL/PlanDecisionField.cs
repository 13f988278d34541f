using DesaPlatform.Budgeting.Plans.Domain;
using DesaPlatform.SharedKernel.Approvals;
using DesaPlatform.SharedKernel.GraphQL;
using GraphQL;
using GraphQL.Types;

namespace DesaPlatform.Budgeting.Plans.GraphQL;

/// <summary>A decision's mutation: gated by the role of its step, the step taken through <see cref="PlanDecision"/>.</summary>
internal static class PlanDecisionField
{
    public static readonly Task<UserError?> NoRefusal = Task.FromResult<UserError?>(null);

    /// <param name="verb">The field's verb: <c>approve</c> makes <c>approveBudgetPlan</c> and <c>approveRegencyBudgetPlan</c>.</param>
    public static void AddTo<TPayload, TInput>(ObjectGraphType mutation, PlanLevel level, string verb, string description, ApprovalAction action,
        Func<PlanDecision, BudgetPlan, DateTime, CancellationToken, Task<UserError?>> apply)
        where TPayload : IGraphType where TInput : IGraphType =>
        mutation.Field<NonNullGraphType<TPayload>>(level.FieldName(verb))
            .Description(description)
            .Argument<NonNullGraphType<TInput>>("input")
            .RequireRoles(level.Roles.Of(action))
            .ResolveAsync(async ctx =>
            {
                var input = ctx.GetArgument<BudgetPlanDecisionInput>("input");
                var decision = ctx.Service<PlanDecision>();
                return await decision.DecideAsync(level, input.SubmissionId, action, input.Reason, (plan, at) => apply(decision, plan, at, ctx.CancellationToken), ctx.CancellationToken);
            });
}
