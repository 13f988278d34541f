using DesaPlatform.Membership.Domain;
using DesaPlatform.Membership.Roster;
using DesaPlatform.Regions.Contracts;
using DesaPlatform.SharedKernel.GraphQL;
using GraphQL.Types;

namespace DesaPlatform.Membership.Submissions;

internal sealed class SubmissionType : ObjectGraphType<Submission>
{
    public SubmissionType()
    {
        Name = "Submission";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => ctx.Source.Id);
        Field<NonNullGraphType<StringGraphType>>("villageCode").Resolve(ctx => ctx.Source.RegionCode);
        Field("village", new GraphQLTypeReference("Region")).Resolve(ctx => ctx.Service<IRegionLoader>().Load(ctx.Source.RegionCode));
        Field<NonNullGraphType<SubmissionStatusType>>("status").Resolve(ctx => ctx.Source.Status);
        Field(s => s.SubmittedAt);
        Field(s => s.SubmittedBy);
        Field(s => s.ReviewedAt, nullable: true);
        Field(s => s.ReviewedBy, nullable: true);
        Field(s => s.Reason, nullable: true).Description("Why it was returned.");
        Field(s => s.PeopleCount).Description("How many roster entries it carries.");
    }
}
