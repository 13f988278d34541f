using DesaPlatform.Regions.Contracts;
using DesaPlatform.SharedKernel.GraphQL;
using DesaPlatform.Targets.Domain;
using GraphQL.Types;

namespace DesaPlatform.Targets.Ucj;

internal sealed class UcjInputType : ObjectGraphType<UcjInput>
{
    public UcjInputType()
    {
        Name = "UcjInput";
        Description = "The UCJ figures of a region for one month, entered from BPJS Ketenagakerjaan and BPS: never counted from rosters.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => ctx.Source.Id);
        Field(u => u.RegionCode);
        Field("region", new NonNullGraphType(new GraphQLTypeReference("Region"))).Resolve(ctx => ctx.Service<IRegionLoader>().Load(ctx.Source.RegionCode));
        Field<NonNullGraphType<StringGraphType>>("period").Description("YYYY-MM.").Resolve(ctx => UcjRules.FormatPeriod(ctx.Source.Period));
        Field(u => u.ParticipantsPu);
        Field(u => u.ParticipantsBpu);
        Field(u => u.ParticipantsJakon);
        Field(u => u.Participants).Description("PU + BPU + jasa konstruksi: UCJ's numerator.");
        Field(u => u.WorkingPopulation).Description("UCJ's denominator.");
        Field<NonNullGraphType<DecimalGraphType>>("value").Description("Participants ÷ working population, percent, two decimals.")
            .Resolve(ctx => Coverage.Report.Percent.Of(ctx.Source.Participants, ctx.Source.WorkingPopulation));
        Field(u => u.Source);
        Field(u => u.SourceDate);
        Field(u => u.Note, nullable: true);
        Field(u => u.Version).Description("Send it back with a correction (setUcjInput): a month changed since is not saved over.");
    }
}
