using DesaPlatform.Membership.Editing;
using DesaPlatform.Membership.Notifications;
using DesaPlatform.Membership.Persistence;
using DesaPlatform.Membership.Roster;
using DesaPlatform.Membership.Roster.Summary;
using DesaPlatform.Membership.Spreadsheet;
using DesaPlatform.Membership.Submissions;
using DesaPlatform.SharedKernel.Access;
using DesaPlatform.SharedKernel.GraphQL;
using DesaPlatform.SharedKernel.GraphQL.Paging;
using DesaPlatform.SharedKernel.Modules;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace DesaPlatform.Membership;

internal sealed class MembershipSchema(
    PersonQueryShape personShape, SubmissionQueryShape submissionShape, SubmissionEventQueryShape eventShape) : ISchemaContribution
{
    public void AddQueries(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<PositionType>>>>("positions")
            .Description("The position catalog, in display order.")
            .ResolveAsync(async ctx => await ctx.Service<PositionCatalogCache>().AllAsync(ctx.CancellationToken));

        query.Field<PersonType>("person")
            .Description("One version of a roster entry (current or history).")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async ctx =>
            {
                var id = ctx.GetArgument<Guid>("id");
                return await ctx.Service<MembershipDbContext>().People.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ctx.CancellationToken);
            });

        query.Field<PeopleConnectionType>("people")
            .Description("The current roster entries in your scope (per entry its draft or pending change if any, else the official version); filter by villageCode for one village.")
            .PagedAndShaped(personShape)
            .ResolveAsync(async ctx =>
            {
                var people = personShape.Apply(
                    CurrentRoster.Of(ctx.Service<MembershipDbContext>().People.AsNoTracking()), ctx, p => p.Id);
                return await PageRequest.From(ctx).ApplyAsync(people, ctx.CancellationToken);
            });

        query.Field<VillageRosterSummaryType>("rosterSummary")
            .Description("A village's roster figures today over the whole roster: approved, and (for those who keep or review rosters) including draft changes.")
            .Argument<NonNullGraphType<StringGraphType>>("villageCode")
            .ResolveAsync(async ctx => await ctx.Service<RosterSummaryFinder>().FindAsync(ctx.GetArgument<string>("villageCode"), ctx.CancellationToken));

        query.Field<SubmissionsConnectionType>("submissions")
            .Description("Roster submissions in your scope. A regency's inbox: status SUBMITTED, order submittedAt ASC; a district: villageCode startsWith \"61.01.01.\".")
            .PagedAndShaped(submissionShape)
            .ResolveAsync(async ctx =>
            {
                var submissions = submissionShape.Apply(
                    ctx.Service<MembershipDbContext>().Submissions.AsNoTracking(), ctx, s => s.Id);
                return await PageRequest.From(ctx).ApplyAsync(submissions, ctx.CancellationToken);
            });

        query.Field<SubmissionType>("submission")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async ctx =>
            {
                var id = ctx.GetArgument<Guid>("id");
                return await ctx.Service<MembershipDbContext>().Submissions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, ctx.CancellationToken);
            });

        query.Field<SubmissionEventsConnectionType>("timeline")
            .Description("Every step of every submission in your scope (who, when, what, why); one village: villageCode eq.")
            .PagedAndShaped(eventShape)
            .ResolveAsync(async ctx =>
            {
                var events = eventShape.Apply(ctx.Service<MembershipDbContext>().SubmissionEvents.AsNoTracking(), ctx, e => e.Id);
                return await PageRequest.From(ctx).ApplyAsync(events, ctx.CancellationToken);
            });

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<NotificationType>>>>("notifications")
            .Description("What waits for you in the roster workflow (at most 20).")
            .ResolveAsync(async ctx => await ctx.Service<NotificationFinder>().FindAsync(ctx.Service<IClock>().UtcNow, ctx.CancellationToken));
    }

    public void AddMutations(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<AddPersonPayloadType>>("addPerson")
            .Description("Adds a person (and their enrollment) to a village's draft roster.")
            .Argument<NonNullGraphType<AddPersonInputType>>("input")
            .RequireRoles(UserRole.VillageOperator)
            .ResolveAsync(async ctx =>
            {
                var input = ctx.GetArgument<PersonInput>("input");
                return await ctx.Service<EditRosterHandler>().AddAsync(
                    input.VillageCode!, input.ToData(ctx.Service<IClock>().Today), ctx.CancellationToken);
            });

        mutation.Field<NonNullGraphType<UpdatePersonPayloadType>>("updatePerson")
            .Description("Changes an entry: a draft is edited, an official entry gets a draft change that waits for approval.")
            .Argument<NonNullGraphType<UpdatePersonInputType>>("input")
            .RequireRoles(UserRole.VillageOperator)
            .ResolveAsync(async ctx =>
            {
                var input = ctx.GetArgument<PersonInput>("input");
                return await ctx.Service<EditRosterHandler>().UpdateAsync(
                    input.PersonId!.Value, input.ToData(ctx.Service<IClock>().Today), ctx.CancellationToken);
            });

        mutation.Field<NonNullGraphType<EndTermPayloadType>>("endTerm")
            .Description("Ends a term (as a draft change); the enrollment ends too unless endEnrollment is false.")
            .Argument<NonNullGraphType<EndTermInputType>>("input")
            .RequireRoles(UserRole.VillageOperator)
            .ResolveAsync(async ctx =>
            {
                var input = ctx.GetArgument<EndTermInput>("input");
                return await ctx.Service<EditRosterHandler>().EndTermAsync(input.PersonId, input.TermEnd, input.EndEnrollment, ctx.CancellationToken);
            });

        mutation.Field<NonNullGraphType<DiscardChangePayloadType>>("discardChange")
            .Description("Drops a draft change; answers the official version that applies again, or the dropped draft if the entry was never official.")
            .Argument<NonNullGraphType<DiscardChangeInputType>>("input")
            .RequireRoles(UserRole.VillageOperator)
            .ResolveAsync(async ctx => await ctx.Service<EditRosterHandler>()
                .DiscardAsync(ctx.GetArgument<PersonIdInput>("input").PersonId, ctx.CancellationToken));

        mutation.Field<NonNullGraphType<ImportRosterPayloadType>>("importRoster")
            .Description("Reads a roster spreadsheet (template: GET /api/roster/template) into the village's draft, all or nothing; dryRun only reports. A file whose rows take an enrollment or a term away (report.warnings) is applied only with confirmLosses.")
            .Argument<NonNullGraphType<ImportRosterInputType>>("input")
            .RequireRoles(UserRole.VillageOperator)
            .ResolveAsync(async ctx =>
            {
                var input = ctx.GetArgument<ImportRosterInput>("input");
                byte[] file;
                try
                {
                    file = Convert.FromBase64String(input.FileBase64);
                }
                catch (FormatException)
                {
                    return Payload<RosterImportReport>.Failure(new UserError("INVALID_FILE", "Isi berkas bukan base64.", "fileBase64"));
                }
                return await ctx.Service<RosterImporter>().ImportAsync(input.VillageCode, file, input.FileName, input.DryRun,
                    input.ConfirmLosses, ctx.CancellationToken);
            });

        mutation.Field<NonNullGraphType<SubmitRosterPayloadType>>("submitRoster")
            .Description("Sends the village's draft changes to the regency for approval.")
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
            .Description("Sends a submission back to the village with a reason and optional per-entry comments.")
            .Argument<NonNullGraphType<ReturnSubmissionInputType>>("input")
            .RequireRoles(UserRole.RegencyStaff)
            .ResolveAsync(async ctx =>
            {
                var input = ctx.GetArgument<SubmissionReasonInput>("input");
                var comments = (input.Comments ?? []).GroupBy(c => c.PersonId).ToDictionary(g => g.Key, g => g.Last().Comment);
                return await ctx.Service<ReviewSubmissionHandler>().ReturnAsync(input.SubmissionId, input.Reason, comments, ctx.CancellationToken);
            });

        mutation.Field<NonNullGraphType<ReopenSubmissionPayloadType>>("reopenSubmission")
            .Description("Takes an approval back with a reason: the replaced versions are official again, the changes return to the village's draft.")
            .Argument<NonNullGraphType<ReopenSubmissionInputType>>("input")
            .RequireRoles(UserRole.RegencyStaff)
            .ResolveAsync(async ctx =>
            {
                var input = ctx.GetArgument<SubmissionReasonInput>("input");
                return await ctx.Service<ReviewSubmissionHandler>().ReopenAsync(input.SubmissionId, input.Reason, ctx.CancellationToken);
            });
    }
}
