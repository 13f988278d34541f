using DesaPlatform.Membership.Domain;
using DesaPlatform.SharedKernel.Approvals;
using DesaPlatform.SharedKernel.GraphQL.Filtering;
using DesaPlatform.SharedKernel.GraphQL.Paging;

namespace DesaPlatform.Membership.GraphQL;

internal sealed class SubmissionQueryShape : QueryShape<Submission>
{
    public SubmissionQueryShape() : base("Submission")
    {
        FilterString("villageCode", s => s.RegionCode);
        FilterEnum<SubmissionStatus, SubmissionStatusType>("status", s => s.Status);
        Sort("submittedAt", s => s.SubmittedAt);
    }
}

internal sealed class SubmissionsConnectionType() : ConnectionType<Submission>("Submissions", "Submission");
