namespace DesaPlatform.Targets.Domain;

/// <summary>
/// The group a finding is about: Membership's segments (APARATUR_DESA, BPD, EKOSISTEM_DESA, the same names) and the
/// kepala desa on their own, as monev and the indicators look at them (Membership counts the kepala desa as aparatur).
/// </summary>
internal enum MonevSegment
{
    AparaturDesa,
    Bpd,
    EkosistemDesa,
    KepalaDesa,
}
