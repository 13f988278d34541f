namespace DesaPlatform.Targets.Domain;

/// <summary>
/// The group a finding is about: the reporting segments of Membership's contract (<c>RosterCounts.Segments</c>:
/// APARATUR_DESA, BPD, EKOSISTEM_DESA and the kepala desa on their own), as an enum so the schema lists them.
/// </summary>
internal enum MonevSegment
{
    AparaturDesa,
    Bpd,
    EkosistemDesa,
    KepalaDesa,
}
