namespace DesaPlatform.Regions.Domain;

/// <summary>Regencies are kabupaten or kota; villages are desa, kelurahan (urban, no village government) or desa adat.</summary>
internal enum RegionKind
{
    Kabupaten,
    Kota,
    Desa,
    Kelurahan,
    DesaAdat,
}
