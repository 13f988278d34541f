using DesaPlatform.Membership.AddPerson;
using DesaPlatform.Membership.Persistence;
using DesaPlatform.Membership.Roster;
using DesaPlatform.Membership.Submissions;
using DesaPlatform.SharedKernel.Access;
using DesaPlatform.SharedKernel.GraphQL;
using DesaPlatform.SharedKernel.GraphQL.Paging;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace DesaPlatform.Membership;

internal sealed class MembershipSchema(PersonQueryShape personShape, SubmissionQueryShape submissionShape) : ISchemaContribution
{
    public void AddQueries(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<PositionType>>>>("positions")
            .Description("The position catalog, in display order.")
            .ResolveAsync(async ctx => await ctx.Service<PositionCatalogCache>().AllAsync(ctx.CancellationToken));

        query.Field<PersonType>("person")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async ctx =>
            {
                var id = ctx.GetArgument<Guid>("id");
                return await ctx.Service<MembershipDbContext>().People.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ctx.CancellationToken);
            });

        query.Field<PeopleConnectionType>("people")
            .Description("Roster entries in your scope; filter by villageCode for one village's roster.")
            .PagedAndShaped(personShape)
            .ResolveAsync(async ctx =>
            {
                var people = personShape.Apply(
                    ctx.Service<MembershipDbContext>().People.AsNoTracking(), ctx, p => p.Id);
                return await PageRequest.From(ctx).ApplyAsync(people, ctx.CancellationToken);
            });

        query.Field<SubmissionsConnectionType>("submissions")
            .Description("Roster submissions in your scope (a regency's inbox: filter status SUBMITTED, order submittedAt ASC).")
            .PagedAndShaped(submissionShape)
            .ResolveAsync(async ctx =>
            {
                var submissions = submissionShape.Apply(
                    ctx.Service<MembershipDbContext>().Submissions.AsNoTracking(), ctx, s => s.Id);
                return await PageRequest.From(ctx).ApplyAsync(submissions, ctx.CancellationToken);
            });
    }

    public void AddMutations(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<AddPersonPayloadType>>("addPerson")
            .Description("Adds a person (and their enrollment) to a village's draft roster.")
            .Argument<NonNullGraphType<AddPersonInputType>>("input")
            .RequireRoles(UserRole.VillageOperator)
            .ResolveAsync(async ctx => await ctx.Service<AddPersonHandler>()
                .HandleAsync(ctx.GetArgument<AddPersonInput>("input"), ctx.CancellationToken));

        mutation.Field<NonNullGraphType<SubmitRosterPayloadType>>("submitRoster")
            .Description("Sends the village's draft roster to the regency for approval.")
            .Argument<NonNullGraphType<SubmitRosterInputType>>("input")
            .RequireRoles(UserRole.VillageOperator)
            .ResolveAsync(async ctx => await ctx.Service<SubmitRosterHandler>()
                .HandleAsync(ctx.GetArgument<SubmitRosterInput>("input").VillageCode, ctx.CancellationToken));

        mutation.Field<NonNullGraphType<WithdrawSubmissionPayloadType>>("withdrawSubmission")
            .Description("Takes a waiting submission back: its changes return to the village's draft.")
            .Argument<NonNullGraphType<WithdrawSubmissionInputType>>("input")
            .RequireRoles(UserRole.VillageOperator)
            .ResolveAsync(async ctx => await ctx.Service<ReviewSubmissionHandler>()
                .WithdrawAsync(ctx.GetArgument<SubmissionIdInput>("input").SubmissionId, ctx.CancellationToken));

        mutation.Field<NonNullGraphType<ApproveSubmissionPayloadType>>("approveSubmission")
            .Description("Makes every change of a submission official at once.")
            .Argument<NonNullGraphType<ApproveSubmissionInputType>>("input")
            .RequireRoles(UserRole.RegencyStaff)
            .ResolveAsync(async ctx => await ctx.Service<ReviewSubmissionHandler>()
                .ApproveAsync(ctx.GetArgument<SubmissionIdInput>("input").SubmissionId, ctx.CancellationToken));

        mutation.Field<NonNullGraphType<ReturnSubmissionPayloadType>>("returnSubmission")
            .Description("Sends a submission back to the village with a reason.")
            .Argument<NonNullGraphType<ReturnSubmissionInputType>>("input")
            .RequireRoles(UserRole.RegencyStaff)
            .ResolveAsync(async ctx =>
            {
                var input = ctx.GetArgument<ReturnSubmissionInput>("input");
                return await ctx.Service<ReviewSubmissionHandler>().ReturnAsync(input.SubmissionId, input.Reason, ctx.CancellationToken);
            });
    }
}
