using DesaPlatform.SharedKernel.GraphQL;
using DesaPlatform.Targets.Domain;
using GraphQL.Types;

namespace DesaPlatform.Targets.Ucj.Set;

internal sealed record SetUcjInputInput(
    string RegionCode, string Period, int ParticipantsPu, int ParticipantsBpu, int ParticipantsJakon, int WorkingPopulation,
    string Source, DateOnly SourceDate, string? Note, int? Version)
{
    public UcjValues Values => new(ParticipantsPu, ParticipantsBpu, ParticipantsJakon, WorkingPopulation, Source, SourceDate, Note);
}

internal sealed class SetUcjInputInputType : InputObjectGraphType<SetUcjInputInput>
{
    public SetUcjInputInputType()
    {
        Name = "SetUcjInputInput";
        Field(i => i.RegionCode).Description("The province or one of its regencies.");
        Field(i => i.Period).Description("The month the figures describe, YYYY-MM.");
        Field(i => i.ParticipantsPu).Description("Active participants, wage earners (Penerima Upah).");
        Field(i => i.ParticipantsBpu).Description("Active participants, non-wage earners (Bukan Penerima Upah).");
        Field(i => i.ParticipantsJakon).Description("Active participants, construction services (jasa konstruksi).");
        Field(i => i.WorkingPopulation).Description("Working population (BPS Sakernas).");
        Field(i => i.Source).Description("Where the figures come from, e.g. \"BPS Sakernas Agustus 2025\".");
        Field(i => i.SourceDate).Description("The date of the source.");
        Field(i => i.Note, nullable: true);
        Field(i => i.Version, nullable: true).Description("The version read, to correct a month already kept; none to add a new one.");
    }
}

internal sealed class SetUcjInputPayloadType() : PayloadType<UcjInputType, UcjInput>("SetUcjInputPayload", "ucjInput");
