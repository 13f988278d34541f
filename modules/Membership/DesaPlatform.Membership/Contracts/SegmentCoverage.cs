namespace DesaPlatform.Membership.Contracts;

/// <summary>Official figures of one segment (APARATUR_DESA, BPD, EKOSISTEM_DESA) in a region on a day.</summary>
public sealed record SegmentCoverage(string Segment, int PeopleInOffice, int PeopleCovered);
