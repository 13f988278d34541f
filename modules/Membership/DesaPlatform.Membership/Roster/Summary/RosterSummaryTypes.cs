using GraphQL.Types;

namespace DesaPlatform.Membership.Roster.Summary;

internal sealed class VillageRosterSummaryType : ObjectGraphType<VillageRosterSummary>
{
    public VillageRosterSummaryType()
    {
        Name = "VillageRosterSummary";
        Description = "A village's roster figures today, over the whole roster.";
        Field(s => s.VillageCode);
        Field<NonNullGraphType<RosterFiguresType>>("official")
            .Description("The approved roster: what counts for coverage.")
            .Resolve(ctx => ctx.Source.Official);
        Field<RosterFiguresType>("current")
            .Description("The roster as the village works on it (draft and pending changes included); null for readers who do not keep or review rosters.")
            .Resolve(ctx => ctx.Source.Current);
    }
}

internal sealed class RosterFiguresType : ObjectGraphType<RosterFigures>
{
    public RosterFiguresType()
    {
        Name = "RosterFigures";
        Field(f => f.InOffice).Description("People in office today.");
        Field(f => f.Covered).Description("In office today with an active enrollment of at least JKK and JKM.");
        Field(f => f.TermEnded).Description("Entries whose term ended before today.");
    }
}
