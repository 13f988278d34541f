using DesaPlatform.Regions.Contracts;
using DesaPlatform.SharedKernel.GraphQL;
using DesaPlatform.SharedKernel.GraphQL.Paging;
using DesaPlatform.SharedKernel.Modules;
using DesaPlatform.Targets.Domain;
using GraphQL.Types;

namespace DesaPlatform.Targets.GraphQL;

internal sealed class MonevMeetingType : ObjectGraphType<MonevMeeting>
{
    public MonevMeetingType()
    {
        Name = "MonevMeeting";
        Description = "A monitoring-and-evaluation meeting with the BPJS branch, with what it found and agreed.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => ctx.Source.Id);
        Field(m => m.RegionCode).Description("The region the meeting was held for.");
        Field("region", new NonNullGraphType(new GraphQLTypeReference("Region")))
            .Resolve(ctx => ctx.Service<IRegionLoader>().Load(ctx.Source.RegionCode));
        Field(m => m.Date);
        Field(m => m.Place);
        Field(m => m.Participants).Description("Free text, one participant a line.");
        Field(m => m.Summary, nullable: true);
        Field(m => m.RecordedBy);
        Field(m => m.RecordedAt);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MonevFindingType>>>>("findings")
            .Description("Its findings about desa of your scope, by desa.")
            .Resolve(ctx => ctx.Service<MonevLoaders>().FindingsOf(ctx.Source.Id));
    }
}

internal sealed class MonevFindingType : ObjectGraphType<MonevFinding>
{
    public MonevFindingType()
    {
        Name = "MonevFinding";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => ctx.Source.Id);
        Field<NonNullGraphType<IdGraphType>>("meetingId").Resolve(ctx => ctx.Source.MeetingId);
        Field<MonevMeetingType>("meeting")
            .Description("Null when the meeting was held for a region above your scope (a desa operator sees the findings about the desa only).")
            .Resolve(ctx => ctx.Service<MonevLoaders>().Meeting(ctx.Source.MeetingId));
        Field<NonNullGraphType<StringGraphType>>("villageCode").Resolve(ctx => ctx.Source.RegionCode);
        Field("village", new NonNullGraphType(new GraphQLTypeReference("Region")))
            .Resolve(ctx => ctx.Service<IRegionLoader>().Load(ctx.Source.RegionCode));
        Field<NonNullGraphType<MonevSegmentType>>("segment").Resolve(ctx => ctx.Source.Segment);
        Field<NonNullGraphType<ObstacleType>>("obstacle").Resolve(ctx => ctx.Service<MonevLoaders>().Obstacle(ctx.Source.ObstacleCode));
        Field(f => f.Note);
        Field(f => f.RecordedBy);
        Field(f => f.RecordedAt);
        Field<NonNullGraphType<BooleanGraphType>>("isOpen")
            .Description(OpenFindings.Rule)
            .Resolve(ctx => ctx.Service<MonevLoaders>().ActionsOf(ctx.Source.Id).Then(OpenFindings.IsOpen));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FollowUpActionType>>>>("actions")
            .Description("Its follow-up actions, by due date.")
            .Resolve(ctx => ctx.Service<MonevLoaders>().ActionsOf(ctx.Source.Id));
    }
}

internal sealed class FollowUpActionType : ObjectGraphType<FollowUpAction>
{
    public FollowUpActionType()
    {
        Name = "FollowUpAction";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => ctx.Source.Id);
        Field<NonNullGraphType<IdGraphType>>("findingId").Resolve(ctx => ctx.Source.FindingId);
        Field<MonevFindingType>("finding").Resolve(ctx => ctx.Service<MonevLoaders>().Finding(ctx.Source.FindingId));
        Field<NonNullGraphType<StringGraphType>>("villageCode").Resolve(ctx => ctx.Source.RegionCode);
        Field("village", new NonNullGraphType(new GraphQLTypeReference("Region")))
            .Resolve(ctx => ctx.Service<IRegionLoader>().Load(ctx.Source.RegionCode));
        Field(a => a.What);
        Field<NonNullGraphType<ActionOwnerType>>("owner").Resolve(ctx => ctx.Source.Owner);
        Field(a => a.OwnerName, nullable: true).Description("Who, when the owner is OTHER.");
        Field(a => a.DueDate);
        Field<NonNullGraphType<ActionStatusType>>("status").Resolve(ctx => ctx.Source.Status);
        Field<NonNullGraphType<BooleanGraphType>>("isOverdue")
            .Description("Due date passed (in the desa's time zone) and neither done nor dropped.")
            .Resolve(ctx => ctx.Source.IsOverdue(ctx.Service<IClock>().TodayIn(ctx.Source.RegionCode)));
        Field(a => a.RecordedBy);
        Field(a => a.RecordedAt);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ActionUpdateType>>>>("updates")
            .Description("Progress notes and status changes, oldest first.")
            .Resolve(ctx => ctx.Service<MonevLoaders>().UpdatesOf(ctx.Source.Id));
    }
}

internal sealed class ActionUpdateType : ObjectGraphType<ActionUpdate>
{
    public ActionUpdateType()
    {
        Name = "ActionUpdate";
        Field(u => u.At);
        Field(u => u.By);
        Field(u => u.Note, nullable: true);
        Field<ActionStatusType>("status").Description("The status the action moved to, when this step changed it.").Resolve(ctx => ctx.Source.Status);
    }
}

internal sealed class ObstacleType : ObjectGraphType<Obstacle>
{
    public ObstacleType()
    {
        Name = "Obstacle";
        Description = "An entry of the monev obstacle catalog: built in, or added by a province.";
        Field(o => o.Code);
        Field(o => o.NameId).Description("Bahasa Indonesia.");
        Field(o => o.NameEn);
        Field(o => o.RegionCode).Description("The province that added it; empty for a built-in entry.");
        Field(o => o.IsBuiltIn);
    }
}

internal sealed class MonevMeetingsConnectionType() : ConnectionType<MonevMeeting>("MonevMeetings", "MonevMeeting");

internal sealed class MonevFindingsConnectionType() : ConnectionType<MonevFinding>("MonevFindings", "MonevFinding");

internal sealed class FollowUpActionsConnectionType() : ConnectionType<FollowUpAction>("FollowUpActions", "FollowUpAction");
