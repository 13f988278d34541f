namespace DesaPlatform.Membership.Domain;

/// <summary>A position from the catalog (never free text). <see cref="DefaultWageBase"/>: the PP 11/2019 siltap minimum.</summary>
internal sealed class Position
{
    public required string Code { get; init; }
    public required string Name { get; set; }
    public required Segment Segment { get; init; }
    public int? MaxPerVillage { get; set; }
    public decimal DefaultWageBase { get; set; }
    public int SortOrder { get; set; }
}
