using DesaPlatform.Membership.Domain;
using DesaPlatform.Membership.GraphQL;
using DesaPlatform.SharedKernel.GraphQL;
using GraphQL.Types;

namespace DesaPlatform.Membership.Submissions.Submit;

internal sealed record SubmitRosterInput(string VillageCode);

internal sealed class SubmitRosterInputType : InputObjectGraphType<SubmitRosterInput>
{
    public SubmitRosterInputType()
    {
        Name = "SubmitRosterInput";
        Field<NonNullGraphType<StringGraphType>>("villageCode");
    }
}

internal sealed class SubmitRosterPayloadType() : PayloadType<SubmissionType, Submission>("SubmitRosterPayload", "submission");
