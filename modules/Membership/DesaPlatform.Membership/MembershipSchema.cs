using DesaPlatform.Membership.GraphQL;
using DesaPlatform.Membership.Notifications;
using DesaPlatform.Membership.Positions.List;
using DesaPlatform.Membership.Reconciliation.Read;
using DesaPlatform.Membership.Reconciliation.TakeIntoDraft;
using DesaPlatform.Membership.Reconciliation.Upload;
using DesaPlatform.Membership.Roster.Add;
using DesaPlatform.Membership.Roster.Discard;
using DesaPlatform.Membership.Roster.EndTerm;
using DesaPlatform.Membership.Roster.Find;
using DesaPlatform.Membership.Roster.Import;
using DesaPlatform.Membership.Roster.RegionImport;
using DesaPlatform.Membership.Roster.List;
using DesaPlatform.Membership.Roster.Summary;
using DesaPlatform.Membership.Roster.Update;
using DesaPlatform.Membership.SampleData;
using DesaPlatform.Membership.Submissions.Approve;
using DesaPlatform.Membership.Submissions.ApproveMany;
using DesaPlatform.Membership.Submissions.Find;
using DesaPlatform.Membership.Submissions.List;
using DesaPlatform.Membership.Submissions.Reopen;
using DesaPlatform.Membership.Submissions.Return;
using DesaPlatform.Membership.Submissions.Submit;
using DesaPlatform.Membership.Submissions.Withdraw;
using DesaPlatform.Membership.Timeline;
using DesaPlatform.SharedKernel.GraphQL;
using GraphQL.Types;

namespace DesaPlatform.Membership;

internal sealed class MembershipSchema(
    PersonQueryShape personShape, SubmissionQueryShape submissionShape, SubmissionEventQueryShape eventShape) : ISchemaContribution
{
    public void AddQueries(ObjectGraphType query)
    {
        ListPositionsField.AddTo(query);
        FindPersonField.AddTo(query);
        ListPeopleField.AddTo(query, personShape);
        RosterSummaryField.AddTo(query);
        ListSubmissionsField.AddTo(query, submissionShape);
        FindSubmissionField.AddTo(query);
        TimelineField.AddTo(query, eventShape);
        NotificationsField.AddTo(query);
        ReconciliationField.AddTo(query);
    }

    public void AddMutations(ObjectGraphType mutation)
    {
        AddPersonField.AddTo(mutation);
        UpdatePersonField.AddTo(mutation);
        EndTermField.AddTo(mutation);
        DiscardChangeField.AddTo(mutation);
        ImportRosterField.AddTo(mutation);
        ImportRegionRosterField.AddTo(mutation);
        SubmitRosterField.AddTo(mutation);
        WithdrawSubmissionField.AddTo(mutation);
        ApproveSubmissionField.AddTo(mutation);
        ApproveSubmissionsField.AddTo(mutation);
        ReturnSubmissionField.AddTo(mutation);
        ReopenSubmissionField.AddTo(mutation);
        UploadParticipantListField.AddTo(mutation);
        TakeBpjsStatusField.AddTo(mutation);
    }

    public IEnumerable<TypeExtension> TypeExtensions => SampleDataFields.All;
}
