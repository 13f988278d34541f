using DesaPlatform.Membership.Domain;
using DesaPlatform.SharedKernel.Approvals;
using DesaPlatform.SharedKernel.GraphQL.Filtering;
using DesaPlatform.SharedKernel.GraphQL.Paging;

namespace DesaPlatform.Membership.GraphQL;

internal sealed class SubmissionEventQueryShape : QueryShape<SubmissionEvent>
{
    public SubmissionEventQueryShape() : base("SubmissionEvent")
    {
        FilterString("villageCode", e => e.RegionCode);
        FilterEnum<SubmissionStatus, SubmissionStatusType>("kind", e => e.Kind);
        Sort("at", e => e.At);
    }
}

internal sealed class SubmissionEventsConnectionType() : ConnectionType<SubmissionEvent>("SubmissionEvents", "SubmissionEvent");
