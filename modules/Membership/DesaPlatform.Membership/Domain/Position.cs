namespace DesaPlatform.Membership.Domain;

/// <summary>A position from the catalog (never free text). <see cref="DefaultWageBase"/>: the PP 11/2019 siltap minimum.</summary>
internal sealed class Position
{
    /// <summary>The village head, reported on their own besides the aparatur desa they belong to.</summary>
    public const string KepalaDesa = "kepala_desa";

    public required string Code { get; init; }
    public required string Name { get; set; }
    public required Segment Segment { get; init; }
    public int? MaxPerVillage { get; set; }
    public decimal DefaultWageBase { get; set; }
    public int SortOrder { get; set; }
}
