using DesaPlatform.Membership.Contracts;
using GraphQL.Types;

namespace DesaPlatform.Membership.Notifications;

internal sealed class NotificationType : ObjectGraphType<Notification>
{
    public NotificationType()
    {
        Name = "Notification";
        Field(n => n.Kind).Description("SUBMISSION_WAITING, SUBMISSION_RETURNED, APPROVAL_REOPENED, SUBMISSION_APPROVED, DRAFT_NOT_SUBMITTED or ACTION_OVERDUE (monev follow-ups past their due date in a desa).");
        Field(n => n.Message).Description("Bahasa Indonesia.");
        Field(n => n.VillageCode);
        Field<IdGraphType>("submissionId").Resolve(ctx => ctx.Source.SubmissionId);
        Field(n => n.At, nullable: true);
    }
}
