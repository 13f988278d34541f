using DesaPlatform.Membership.Domain;
using GraphQL.Types;

namespace DesaPlatform.Membership.Roster;

internal sealed class SegmentType : EnumerationGraphType<Segment>
{
    public SegmentType() => Name = "Segment";
}

internal sealed class RosterStatusType : EnumerationGraphType<RosterStatus>
{
    public RosterStatusType() => Name = "RosterStatus";
}

internal sealed class SubmissionStatusType : EnumerationGraphType<SubmissionStatus>
{
    public SubmissionStatusType() => Name = "SubmissionStatus";
}
