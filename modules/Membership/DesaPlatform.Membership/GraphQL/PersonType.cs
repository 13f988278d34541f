using DesaPlatform.Membership.Domain;
using DesaPlatform.Membership.Positions;
using DesaPlatform.Membership.Roster;
using DesaPlatform.Regions.Contracts;
using DesaPlatform.SharedKernel.Access;
using DesaPlatform.SharedKernel.GraphQL;
using DesaPlatform.SharedKernel.Modules;
using GraphQL.Types;

namespace DesaPlatform.Membership.GraphQL;

/// <summary>One version of a roster entry: a person holding a position in a village, with term and enrollment.</summary>
internal sealed class PersonType : ObjectGraphType<Person>
{
    public PersonType()
    {
        Name = "Person";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => ctx.Source.Id);
        Field<NonNullGraphType<IdGraphType>>("entryId").Description("The same for every version of this entry.").Resolve(ctx => ctx.Source.EntryId);
        Field<NonNullGraphType<StringGraphType>>("villageCode").Resolve(ctx => ctx.Source.RegionCode);
        Field("village", new GraphQLTypeReference("Region")).Resolve(ctx => ctx.Service<IRegionLoader>().Load(ctx.Source.RegionCode));
        Field(p => p.FullName);
        Field<NonNullGraphType<StringGraphType>>("nik")
            .Description("Masked (610101******0001) unless the reader keeps or reviews rosters.")
            .Resolve(ctx => PersonalFields.Text("nik", ctx.Source.Nik, ctx.Service<ICurrentUser>()));
        Field<NonNullGraphType<SexType>>("sex").Resolve(ctx => ctx.Source.Sex);
        Field("birthDate", new GraphQLTypeReference("Date"))
            .Description("Only for those who keep or review rosters, like the NIK.")
            .Resolve(ctx => PersonalFields.Shown(nameof(Person.BirthDate), ctx.Source.BirthDate, ctx.Service<ICurrentUser>()));
        Field<StringGraphType>("phone")
            .Description("Only for those who keep or review rosters.")
            .Resolve(ctx => PersonalFields.Shown(nameof(Person.Phone), ctx.Source.Phone, ctx.Service<ICurrentUser>()));
        Field<NonNullGraphType<PositionType>>("position")
            .ResolveAsync(async ctx => await ctx.Service<PositionCatalogCache>().FindAsync(ctx.Source.PositionCode, ctx.CancellationToken));
        Field(p => p.TermStart);
        Field(p => p.TermEnd, nullable: true);
        Field(p => p.SkNumber, nullable: true);
        Field(p => p.SkDate, nullable: true);
        Field<NonNullGraphType<AppointmentType>>("appointment").Resolve(ctx => ctx.Source.Appointment);
        Field(p => p.NikNote, nullable: true).Description("Why the same NIK also holds a position in another village.");
        Field<NonNullGraphType<RosterStatusType>>("status").Resolve(ctx => ctx.Source.Status);
        Field(p => p.ApprovedAt, nullable: true);
        Field(p => p.ReviewComment, nullable: true).Description("The reviewer's remark when this entry was returned or reopened.");
        Field<IdGraphType>("submissionId").Resolve(ctx => ctx.Source.SubmissionId);
        Field<NonNullGraphType<BooleanGraphType>>("covered")
            .Description("In office today with an active enrollment of at least JKK and JKM.")
            .Resolve(ctx => ctx.Source.IsCoveredOn(ctx.Service<IClock>().TodayIn(ctx.Source.RegionCode)));
        Field<EnrollmentType>("enrollment").Resolve(ctx => ctx.Source.Enrollment);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PersonType>>>>("history")
            .Description("Every version of this entry, newest first: draft or pending, official, then the superseded ones.")
            .Resolve(ctx => ctx.Service<PersonLoaders>().History(ctx.Source));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<NikConflictType>>>>("nikConflicts")
            .Description("Other villages where the same NIK holds an open position (village code and position only).")
            .Resolve(ctx => ctx.Service<PersonLoaders>().Elsewhere(ctx.Source));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RosterWarningType>>>>("warnings")
            .Resolve(ctx => ctx.Service<PersonLoaders>().Elsewhere(ctx.Source)
                .Then(elsewhere => RosterWarning.For(ctx.Source, elsewhere ?? [], ctx.Service<IClock>().TodayIn(ctx.Source.RegionCode))));
    }
}

internal sealed class NikConflictType : ObjectGraphType<NikElsewhere>
{
    public NikConflictType()
    {
        Name = "NikConflict";
        Field(e => e.VillageCode);
        Field<StringGraphType>("villageName").Resolve(ctx => ctx.Service<PersonLoaders>().VillageName(ctx.Source.VillageCode));
        Field(e => e.PositionCode);
    }
}

internal sealed class RosterWarningType : ObjectGraphType<RosterWarning>
{
    public RosterWarningType()
    {
        Name = "RosterWarning";
        Field(w => w.Code);
        Field(w => w.Message).Description("Bahasa Indonesia.");
        Field(w => w.Date, nullable: true).Description("NIK_BIRTH_DATE: the birth date the NIK states.");
        Field(w => w.Villages, nullable: true).Description("NIK_ELSEWHERE: the other villages' codes, comma-separated.");
        Field(w => w.Note, nullable: true).Description("NIK_ELSEWHERE: the operator's explanation, if any.");
    }
}
