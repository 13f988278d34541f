using DesaPlatform.Membership.Reconciliation.Domain;
using DesaPlatform.SharedKernel.Access;
using GraphQL;
using DesaPlatform.Membership.GraphQL;
using DesaPlatform.SharedKernel.GraphQL;
using GraphQL.Types;

namespace DesaPlatform.Membership.Reconciliation.Read;

internal sealed class ReconciliationViewType : ObjectGraphType<ReconciliationView>
{
    public ReconciliationViewType()
    {
        Name = "BpjsReconciliation";
        Field(v => v.RegionCode);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReconciliationRunType>>>>("runs").Description("The runs covering the region, newest list first.")
            .Resolve(ctx => ctx.Source.Runs);
        Field<ReconciliationRunType>("run").Description("The run asked for; null in the default view, where each village is read against the newest list covering it.")
            .Resolve(ctx => ctx.Source.Run);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ListShareType>>>>("basedOn")
            .Description("The lists the view reads, newest first, and how many of the region's villages each speaks for.").Resolve(ctx => ctx.Source.Cover.Shares);
        Field<NonNullGraphType<IntGraphType>>("villages").Description("Desa in the region.").Resolve(ctx => ctx.Source.Cover.Villages);
        Field<NonNullGraphType<IntGraphType>>("villagesWithoutList").Description("Desa of the region no list of the view covers: the figures leave them out.")
            .Resolve(ctx => ctx.Source.Cover.VillagesWithoutList);
        Field<NonNullGraphType<GroupCountsType>>("groups").Description("The region's groups in the view.").Resolve(ctx => ctx.Source.Groups);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RegionGroupsType>>>>("regions").Description("The groups of each region one level down.")
            .ResolveAsync(async ctx => await ctx.Service<ReconciliationReader>().ChildrenAsync(ctx.Source, ctx.CancellationToken));
        Field<NonNullGraphType<ResultPageType>>("results").Description("The view's results in the region, of one group or all; paged (take at most 500).")
            .Argument<ReconciliationGroupType>("group")
            .Argument<IntGraphType>("skip")
            .Argument<IntGraphType>("take")
            .ResolveAsync(async ctx => await ctx.Service<ReconciliationReader>().ResultsAsync(ctx.Source,
                ctx.GetArgument<ReconciliationGroup?>("group"), ctx.GetArgument("skip", 0), ctx.GetArgument("take", 50), ctx.CancellationToken));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RunGroupsType>>>>("history").Description("The region's groups in every run covering it, newest first.")
            .ResolveAsync(async ctx => await ctx.Service<ReconciliationReader>().HistoryAsync(ctx.Source, ctx.CancellationToken));
        Field<NonNullGraphType<GroupMovesType>>("moves")
            .Description("Who changed group between the view's run (the newest, when none is chosen) and the run before it covering the region, by NIK.")
            .Argument<IntGraphType>("first", "At most this many (default 50, at most 500); totalCount is complete.")
            .ResolveAsync(async ctx => await ctx.Service<ReconciliationReader>().MovesAsync(ctx.Source, ctx.GetArgument("first", 50), ctx.CancellationToken));
    }
}

internal sealed class GroupMovesType : ObjectGraphType<GroupMoves>
{
    public GroupMovesType()
    {
        Name = "BpjsReconciliationMoves";
        Field<ReconciliationRunType>("since").Description("The run compared with; null when the region has only one.").Resolve(ctx => ctx.Source.Since);
        Field(m => m.TotalCount);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<GroupMoveType>>>>("nodes").Resolve(ctx => ctx.Source.Nodes);
    }
}

internal sealed class GroupMoveType : ObjectGraphType<GroupMove>
{
    public GroupMoveType()
    {
        Name = "BpjsReconciliationMove";
        Field(m => m.RegionCode).Description("The person's village.");
        Field(m => m.Name, nullable: true).Description("As in the roster, else as in the list.");
        Field<NonNullGraphType<StringGraphType>>("nik").Resolve(ctx => ResultFields.Text(nameof(ReconciliationRow.Nik), ctx.Source.Nik, ctx.Service<ICurrentUser>()));
        Field<NonNullGraphType<ReconciliationGroupType>>("from").Resolve(ctx => ctx.Source.From);
        Field<NonNullGraphType<ReconciliationGroupType>>("to").Resolve(ctx => ctx.Source.To);
    }
}

internal sealed class ReconciliationRunType : ObjectGraphType<ListInfo>
{
    public ReconciliationRunType()
    {
        Name = "BpjsReconciliationRun";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => ctx.Source.Id);
        Field(r => r.RegionCode).Description("The region the list covers.");
        Field(r => r.AsOf).Description("The list's date.");
        Field(r => r.FileName);
        Field(r => r.Sha256);
        Field(r => r.FileKept).Description("False once the file passed its retention and was deleted; the results stay.");
        Field(r => r.Participants);
        Field(r => r.UploadedBy);
        Field(r => r.UploadedAt);
    }
}

internal sealed class ListShareType : ObjectGraphType<ListShare>
{
    public ListShareType()
    {
        Name = "BpjsReconciliationListShare";
        Field<NonNullGraphType<ReconciliationRunType>>("run").Resolve(ctx => ctx.Source.List);
        Field(s => s.Villages).Description("The region's desa this list speaks for (no newer list covers them).");
    }
}

internal sealed class RegionGroupsType : ObjectGraphType<RegionGroups>
{
    public RegionGroupsType()
    {
        Name = "BpjsReconciliationRegion";
        Field(r => r.RegionCode);
        Field(r => r.Name);
        Field<NonNullGraphType<GroupCountsType>>("groups").Resolve(ctx => ctx.Source.Groups);
    }
}

internal sealed class RunGroupsType : ObjectGraphType<RunGroups>
{
    public RunGroupsType()
    {
        Name = "BpjsReconciliationHistoryEntry";
        Field<NonNullGraphType<ReconciliationRunType>>("run").Resolve(ctx => ctx.Source.Run);
        Field<NonNullGraphType<GroupCountsType>>("groups").Resolve(ctx => ctx.Source.Groups);
    }
}

internal sealed class ResultPageType : ObjectGraphType<ResultPage>
{
    public ResultPageType()
    {
        Name = "BpjsReconciliationResults";
        Field(p => p.TotalCount);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReconciliationResultType>>>>("nodes").Resolve(ctx => ctx.Source.Nodes);
    }
}

/// <summary>One result; NIK and KPJ whole only to those who may read them (<see cref="ReconciliationRoles.MayReadIdentifiers"/>).</summary>
internal sealed class ReconciliationResultType : ObjectGraphType<ReconciliationRow>
{
    public ReconciliationResultType()
    {
        Name = "BpjsReconciliationResult";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => ctx.Source.Id);
        Field(r => r.RegionCode).Description("The person's village; for an unmatched participant, the list's region.");
        Field<NonNullGraphType<ReconciliationGroupType>>("group").Resolve(ctx => ctx.Source.Group);
        Field<NonNullGraphType<StringGraphType>>("nik").Resolve(ctx => ResultFields.Text(nameof(ReconciliationRow.Nik), ctx.Source.Nik, ctx.Service<ICurrentUser>()));
        Field<StringGraphType>("kpj").Resolve(ctx => ResultFields.Text(nameof(ReconciliationRow.Kpj), ctx.Source.Kpj, ctx.Service<ICurrentUser>()));
        Field<IdGraphType>("entryId").Description("The roster entry; null for an unmatched participant.").Resolve(ctx => ctx.Source.EntryId);
        Field(r => r.RosterName, nullable: true);
        Field(r => r.BpjsName, nullable: true);
        Field<SchemeType>("segment").Resolve(ctx => ctx.Source.Segment);
        Field(r => r.Programs, nullable: true).Description("As in the list, e.g. JKK,JKM.");
        Field(r => r.ActiveAtBpjs, nullable: true).Description("Null: not in the list.");
        Field(r => r.ProtectedAtBpjs, nullable: true).Description("Active with at least JKK and JKM, what makes a person covered; null: not in the list.");
        Field(r => r.LastPaidMonth, nullable: true).Description("YYYY-MM.");
        Field(r => r.NameMismatch);
        Field(r => r.BirthDateMismatch);
        Field<FormerOfficialType>("formerOfficial").Description("An unmatched participant who was in office in the region: where, and when the term ended.")
            .Resolve(ctx => ctx.Source.FormerVillageCode is { } village ? new FormerOffice(village, ctx.Source.FormerTermEnd!.Value) : null);
    }
}

internal sealed record FormerOffice(string VillageCode, DateOnly TermEnd);

internal sealed class FormerOfficialType : ObjectGraphType<FormerOffice>
{
    public FormerOfficialType()
    {
        Name = "BpjsFormerOfficial";
        Field(f => f.VillageCode);
        Field<StringGraphType>("villageName").Resolve(ctx => ctx.Service<PersonLoaders>().VillageName(ctx.Source.VillageCode));
        Field(f => f.TermEnd).Description("The last day in office, before the list's date.");
    }
}

internal sealed class ReconciliationGroupType : EnumerationGraphType<ReconciliationGroup>
{
    public ReconciliationGroupType() => Name = "BpjsReconciliationGroup";
}

/// <summary>How a reader sees a result's identifiers, as the fields' <see cref="SensitiveAttribute"/> marks say.</summary>
internal static class ResultFields
{
    public static string? Text(string field, string? value, ICurrentUser reader) =>
        string.IsNullOrEmpty(value) || reader.MayReadIdentifiers() || SensitiveFields.Of(typeof(ReconciliationRow), field) is not { } kind
            ? value
            : SensitiveFields.Masked(kind, value);
}
