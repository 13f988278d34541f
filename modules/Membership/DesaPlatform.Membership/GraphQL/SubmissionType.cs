using DesaPlatform.Membership.Domain;
using DesaPlatform.Membership.Persistence;
using DesaPlatform.Membership.Roster;
using DesaPlatform.Membership.Submissions;
using DesaPlatform.Regions.Contracts;
using DesaPlatform.SharedKernel.Access;
using DesaPlatform.SharedKernel.Approvals;
using DesaPlatform.SharedKernel.GraphQL;
using DesaPlatform.SharedKernel.Modules;
using GraphQL;
using GraphQL.Types;

namespace DesaPlatform.Membership.GraphQL;

internal sealed class SubmissionType : ObjectGraphType<Submission>
{
    private const int MaxChanges = 1000;

    public SubmissionType()
    {
        Name = "Submission";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => ctx.Source.Id);
        Field<NonNullGraphType<StringGraphType>>("villageCode").Resolve(ctx => ctx.Source.RegionCode);
        Field("village", new GraphQLTypeReference("Region")).Resolve(ctx => ctx.Service<IRegionLoader>().Load(ctx.Source.RegionCode));
        this.AddSubmissionFields();
        Field(s => s.PeopleCount).Description("How many roster entries it carries.");
        Field(s => s.AddedCount);
        Field(s => s.ChangedCount);
        Field(s => s.EndedCount);
        Field(s => s.ImportedBy, nullable: true).Description("The regency or province account that imported it on the village's behalf; it may not approve it.");
        Field(s => s.ImportedFrom, nullable: true).Description("The file it was imported from.");
        Field(s => s.WarningCount).Description("Rows of the import that take an enrollment or a term away.");
        Field(s => s.NeedsCloserLook).Description("Something is taken away or someone leaves office: a bulk approval of \"those without warnings\" leaves it.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RosterChangeType>>>>("changes")
            .Description("What changes against the official roster: added, changed (old → new), ended. Empty once returned or withdrawn (the entries are back in the draft).")
            .Argument<IntGraphType>("first", $"At most this many (default 200, max {MaxChanges}).")
            .Argument<IntGraphType>("offset", "Skip this many (default 0); peopleCount is the total.")
            .ResolveAsync(async ctx =>
            {
                var first = Math.Clamp(ctx.GetArgument("first", 200), 0, MaxChanges);
                var all = await RosterChange.OfSubmissionAsync(ctx.Service<MembershipDbContext>(), ctx.Source.Id, ctx.CancellationToken);
                return all.Skip(Math.Max(0, ctx.GetArgument("offset", 0))).Take(first);
            });
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReviewCommentType>>>>("comments")
            .Description("The reviewer's remarks on single entries when it was returned, kept for the record.")
            .Resolve(ctx => ctx.Service<SubmissionLoaders>().Comments(ctx.Source.Id).Then(comments => comments ?? []));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SubmissionEventType>>>>("events")
            .Description("Every step of this submission, oldest first.")
            .Resolve(ctx => ctx.Service<SubmissionLoaders>().Events(ctx.Source.Id).Then(events => events ?? []));
    }
}

internal sealed class RosterChangeType : ObjectGraphType<RosterChange>
{
    public RosterChangeType()
    {
        Name = "RosterChange";
        Field<NonNullGraphType<ChangeKindType>>("kind").Resolve(ctx => ctx.Source.Kind);
        Field<NonNullGraphType<PersonType>>("person").Description("The version the submission carries.").Resolve(ctx => ctx.Source.After);
        Field<PersonType>("before").Description("The official version it replaces; null when added.").Resolve(ctx => ctx.Source.Before);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FieldChangeType>>>>("fields").Resolve(ctx => ctx.Source.Fields);
    }
}

internal sealed class FieldChangeType : ObjectGraphType<FieldChange>
{
    public FieldChangeType()
    {
        Name = "FieldChange";
        Field(c => c.Field).Description("The input field's name, e.g. termEnd or enrollment.programs.");
        Field<StringGraphType>("before").Resolve(ctx => PersonalFields.Text(ctx.Source.Field, ctx.Source.Before, ctx.Service<ICurrentUser>()));
        Field<StringGraphType>("after").Resolve(ctx => PersonalFields.Text(ctx.Source.Field, ctx.Source.After, ctx.Service<ICurrentUser>()));
    }
}

internal sealed class ReviewCommentType : ObjectGraphType<ReviewComment>
{
    public ReviewCommentType()
    {
        Name = "ReviewComment";
        Field<NonNullGraphType<IdGraphType>>("entryId").Resolve(ctx => ctx.Source.EntryId);
        Field(c => c.FullName);
        Field(c => c.PositionCode);
        Field(c => c.Comment);
        Field(c => c.At);
        Field(c => c.By);
    }
}

internal sealed class SubmissionEventType : ObjectGraphType<SubmissionEvent>
{
    public SubmissionEventType()
    {
        Name = "SubmissionEvent";
        Field<NonNullGraphType<IdGraphType>>("submissionId").Resolve(ctx => ctx.Source.SubmissionId);
        Field<NonNullGraphType<StringGraphType>>("villageCode").Resolve(ctx => ctx.Source.RegionCode);
        this.AddEventFields();
        Field(e => e.Changes);
    }
}
