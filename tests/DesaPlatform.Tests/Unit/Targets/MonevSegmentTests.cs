using DesaPlatform.Membership.Contracts;
using DesaPlatform.Targets.GraphQL;

namespace DesaPlatform.Tests.Unit.Targets;

/// <summary>A finding names its segment as the indicators do: the reporting segments of Membership's contract.</summary>
public sealed class MonevSegmentTests
{
    [Fact]
    public void Monev_segments_are_the_reporting_segments() =>
        Assert.Equal(RosterCounts.Segments, new MonevSegmentType().Values.Select(v => v.Name));
}
