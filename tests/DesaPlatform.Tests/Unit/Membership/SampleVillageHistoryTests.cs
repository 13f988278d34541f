using DesaPlatform.Membership.Domain;
using DesaPlatform.Membership.Roster;
using DesaPlatform.Membership.SampleData;
using DesaPlatform.Membership.Seeding;
using DesaPlatform.Regions.Contracts;
using DesaPlatform.SharedKernel.Approvals;

namespace DesaPlatform.Tests.Unit.Membership;

/// <summary>A sample desa's history passes the rules a form enforces, keeps the workflow's order, and is the same every time.</summary>
public sealed class SampleVillageHistoryTests
{
    private static readonly DateOnly Today = new(2026, 12, 1);
    private static readonly List<Position> Catalog = PositionCatalog.All().ToList();

    // 300 desa in 30 kecamatan, numbered as SampleVillage.Of numbers them.
    private static readonly List<SampleVillage> Villages = Enumerable.Range(0, 300)
        .Select(i => new SampleVillage($"61.{1 + i / 100:D2}.{1 + i % 100 / 10:D2}.{2001 + i % 10}", $"Desa {i}", "Kabupaten Contoh", i, i % 10))
        .ToList();

    [Fact]
    public void Every_version_in_force_or_waiting_passes_the_roster_rules_against_the_approved_roster()
    {
        foreach (var village in Villages)
        {
            var history = SampleVillageHistory.Of(village, Catalog);
            var roster = new VillageRoster(new RegionSummary(village.Code, village.Name, 4, IsDesa: true),
                history.People.Where(p => p.Status == RosterStatus.Official), Catalog.ToDictionary(p => p.Code), [village.Code[..8]],
                Array.Empty<NikElsewhere>().ToLookup(e => e.Nik), Today);
            foreach (var person in history.People.Where(p => p.Status != RosterStatus.Superseded))
                Assert.Empty(roster.Check(person.Data(), person.EntryId).Select(e => $"{village.Code} {person.PositionCode} {person.Status}: {e.Code}"));
        }
    }

    [Fact]
    public void A_desa_has_one_submission_at_a_time_and_every_version_carries_its_decision()
    {
        var lastDecided = SampleVillageHistory.LastDecided.ToDateTime(TimeOnly.MaxValue, DateTimeKind.Utc);
        foreach (var history in Villages.Select(v => SampleVillageHistory.Of(v, Catalog)))
        {
            var submissions = history.Submissions.OrderBy(s => s.SubmittedAt).ToList();
            foreach (var (earlier, later) in submissions.Zip(submissions.Skip(1)))
                Assert.True(earlier.ReviewedAt < later.SubmittedAt, $"{earlier.RegionCode}: sent while another waited");
            Assert.All(submissions.SkipLast(1), s => Assert.NotEqual(SubmissionStatus.Submitted, s.Status));
            Assert.All(submissions, s => Assert.True(s.ReviewedAt is null || s.ReviewedAt <= lastDecided));
            Assert.Equal(submissions.Count + submissions.Count(s => s.ReviewedAt is not null), history.Events.Count);

            var byId = submissions.ToDictionary(s => s.Id);
            foreach (var person in history.People)
            {
                switch (person.Status)
                {
                    case RosterStatus.Official or RosterStatus.Superseded:
                        Assert.Equal(SubmissionStatus.Approved, byId[person.SubmissionId!.Value].Status);
                        Assert.Equal(byId[person.SubmissionId.Value].ReviewedAt, person.ApprovedAt);
                        break;
                    case RosterStatus.Pending:
                        Assert.Equal(SubmissionStatus.Submitted, byId[person.SubmissionId!.Value].Status);
                        break;
                    default:
                        Assert.Null(person.SubmissionId);
                        break;
                }
            }
        }
    }

    [Fact]
    public void The_same_desa_gets_the_same_history_and_another_desa_another()
    {
        Assert.Equal(Describe(Villages[7]), Describe(Villages[7]));
        Assert.NotEqual(Describe(Villages[7]), Describe(Villages[8]));
    }

    private static List<string> Describe(SampleVillage village)
    {
        var history = SampleVillageHistory.Of(village, Catalog);
        return history.People.Select(p => $"{p.FullName} {p.Nik} {p.PositionCode} {p.TermStart} {p.TermEnd} {p.CoveredFrom} {p.Status} {p.ApprovedAt:O}")
            .Concat(history.Submissions.Select(s => $"{s.Status} {s.SubmittedAt:O} {s.ReviewedAt:O} {s.Reason}"))
            .ToList();
    }
}
