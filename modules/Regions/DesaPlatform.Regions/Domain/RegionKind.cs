namespace DesaPlatform.Regions.Domain;

/// <summary>Regencies are kabupaten or kota; villages are desa, kelurahan (urban, no village government) or desa adat.</summary>
public enum RegionKind
{
    Kabupaten,
    Kota,
    Desa,
    Kelurahan,
    DesaAdat,
}
