using DesaPlatform.Membership.Contracts;
using GraphQL.Types;

namespace DesaPlatform.Membership.Notifications;

internal sealed class NotificationType : ObjectGraphType<Notification>
{
    public NotificationType()
    {
        Name = "Notification";
        Field(n => n.Kind).Description("SUBMISSION_WAITING, SUBMISSION_RETURNED, APPROVAL_REOPENED, SUBMISSION_APPROVED, DRAFT_NOT_SUBMITTED, ACTION_OVERDUE (monev follow-ups past their due date in a desa), BUDGET_PLAN_WAITING, BUDGET_PLAN_RETURNED, BUDGET_PLAN_REOPENED or BUDGET_PLAN_APPROVED.");
        Field(n => n.Message).Description("Bahasa Indonesia.");
        Field(n => n.VillageCode);
        Field<IdGraphType>("submissionId").Resolve(ctx => ctx.Source.SubmissionId);
        Field(n => n.At, nullable: true);
        Field(n => n.Year, nullable: true).Description("The fiscal year of a budget plan's notification.");
    }
}
