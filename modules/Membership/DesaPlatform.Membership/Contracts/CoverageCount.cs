namespace DesaPlatform.Membership.Contracts;

/// <summary>Official (approved) roster figures for one region on a day.</summary>
public sealed record CoverageCount(string RegionCode, int PeopleInOffice, int PeopleCovered, int DesaWithCoverage);
