using GraphQL.Types;

namespace DesaPlatform.Membership.Notifications;

internal sealed class NotificationType : ObjectGraphType<Notification>
{
    public NotificationType()
    {
        Name = "Notification";
        Field(n => n.Kind).Description("SUBMISSION_WAITING, SUBMISSION_RETURNED, APPROVAL_REOPENED, SUBMISSION_APPROVED or DRAFT_NOT_SUBMITTED.");
        Field(n => n.Message).Description("Bahasa Indonesia.");
        Field(n => n.VillageCode);
        Field<IdGraphType>("submissionId").Resolve(ctx => ctx.Source.SubmissionId);
        Field(n => n.At, nullable: true);
    }
}
