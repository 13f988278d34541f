using DesaPlatform.SharedKernel.Access;

namespace DesaPlatform.Targets.Domain;

/// <summary>
/// The UCJ figures of one region (the province or a regency) for one month, as BPJS Ketenagakerjaan and BPS report
/// them — never counted from rosters. <see cref="Period"/> is the month's first day.
/// </summary>
internal sealed class UcjInput : IRegionOwned
{
    public const int SourceMaxLength = 200;
    public const int NoteMaxLength = 500;

    public Guid Id { get; init; } = Guid.NewGuid();
    public required string RegionCode { get; init; }
    public required DateOnly Period { get; init; }
    public required int ParticipantsPu { get; set; }
    public required int ParticipantsBpu { get; set; }
    public required int ParticipantsJakon { get; set; }
    public required int WorkingPopulation { get; set; }
    public required string Source { get; set; }
    public required DateOnly SourceDate { get; set; }
    public string? Note { get; set; }

    /// <summary>Counts the saved changes, so that an edit made on an older reading is refused, not saved over the newer one.</summary>
    public int Version { get; private set; }

    public int Participants => ParticipantsPu + ParticipantsBpu + ParticipantsJakon;

    public bool SameAs(UcjValues values) =>
        (ParticipantsPu, ParticipantsBpu, ParticipantsJakon, WorkingPopulation, Source, SourceDate, Note)
        == (values.ParticipantsPu, values.ParticipantsBpu, values.ParticipantsJakon, values.WorkingPopulation, values.Source, values.SourceDate, values.Note);

    public void Take(UcjValues values)
    {
        if (!SameAs(values)) Version++;
        (ParticipantsPu, ParticipantsBpu, ParticipantsJakon, WorkingPopulation) =
            (values.ParticipantsPu, values.ParticipantsBpu, values.ParticipantsJakon, values.WorkingPopulation);
        (Source, SourceDate, Note) = (values.Source, values.SourceDate, values.Note);
    }

    public static UcjInput From(string regionCode, DateOnly period, UcjValues values)
    {
        var input = new UcjInput
        {
            RegionCode = regionCode, Period = period, ParticipantsPu = 0, ParticipantsBpu = 0, ParticipantsJakon = 0, WorkingPopulation = 0,
            Source = "", SourceDate = values.SourceDate,
        };
        input.Take(values);
        return input;
    }
}

/// <summary>What a UCJ input says, checked (<c>UcjRules</c>): the same from the form and from a spreadsheet row.</summary>
internal sealed record UcjValues(
    int ParticipantsPu, int ParticipantsBpu, int ParticipantsJakon, int WorkingPopulation, string Source, DateOnly SourceDate, string? Note);
