using System.Text;
using DesaPlatform.Membership.Domain;
using DesaPlatform.Membership.Persistence;
using DesaPlatform.Membership.Reconciliation.Domain;
using DesaPlatform.SharedKernel.Access;
using Microsoft.EntityFrameworkCore;

namespace DesaPlatform.Membership.Reconciliation.Upload;

/// <summary>
/// Reads a region's approved rosters against a participant list, by NIK, in one read of the rosters: every person in
/// office on the list's date who is declared covered or is in the list gets a result in their village, every
/// participant in office nowhere in the region one in the list's region — marked, when their NIK was in office in the
/// region before, with the village and the day that term ended. So each participant of the list falls in a group. The
/// groups read BPJS as the roster reads an enrollment: active with JKK and JKM protects, active with less does not.
/// </summary>
internal sealed class Reconciler(MembershipDbContext db)
{
    public async Task<List<ReconciliationRow>> ReconcileAsync(Guid listId, string regionCode, DateOnly asOf, IReadOnlyDictionary<string, Participant> byNik,
        CancellationToken cancellationToken)
    {
        var people = await db.People.AsNoTracking()
            .Where(RegionScope.Under(regionCode).Predicate<Person>(p => p.RegionCode))
            .Where(p => p.Status == RosterStatus.Official)
            .Select(p => new { p.EntryId, p.RegionCode, p.Nik, p.FullName, p.BirthDate, p.TermStart, p.TermEnd, p.CoveredFrom })
            .ToListAsync(cancellationToken);
        var inOffice = people.Where(p => p.TermStart <= asOf && (p.TermEnd is null || p.TermEnd >= asOf)).ToList();
        var rows = new List<ReconciliationRow>();
        foreach (var person in inOffice)
        {
            var participant = byNik.GetValueOrDefault(person.Nik);
            ReconciliationGroup? group = (person.CoveredFrom <= asOf, participant?.Protected == true) switch
            {
                (true, true) => ReconciliationGroup.Consistent,
                (true, false) => ReconciliationGroup.DeclaredNotActive,
                (false, true) => ReconciliationGroup.ActiveNotDeclared,
                (false, false) when participant is not null => ReconciliationGroup.NotActiveNotDeclared,
                _ => null,
            };
            if (group is null) continue;
            rows.Add(new ReconciliationRow
            {
                ListId = listId, RegionCode = person.RegionCode, Group = group.Value, Nik = person.Nik, EntryId = person.EntryId, RosterName = person.FullName,
                BpjsName = participant?.FullName, Kpj = participant?.Kpj, Segment = participant?.Segment, Programs = participant?.Programs,
                ActiveAtBpjs = participant?.Active, ProtectedAtBpjs = participant?.Protected, LastPaidMonth = participant?.LastPaidMonth,
                NameMismatch = participant is not null && Normalized(participant.FullName) != Normalized(person.FullName),
                BirthDateMismatch = participant?.BirthDate is { } born && born != person.BirthDate,
            });
        }
        var serving = inOffice.Select(p => p.Nik).ToHashSet();
        var lastTerms = people.Where(p => p.TermEnd < asOf).GroupBy(p => p.Nik).ToDictionary(g => g.Key, g => g.MaxBy(p => p.TermEnd)!);
        foreach (var participant in byNik.Values.Where(p => !serving.Contains(p.Nik)).OrderBy(p => p.Line))
        {
            var former = lastTerms.GetValueOrDefault(participant.Nik);
            rows.Add(new ReconciliationRow
            {
                ListId = listId, RegionCode = regionCode, Group = ReconciliationGroup.Unmatched, Nik = participant.Nik, BpjsName = participant.FullName,
                Kpj = participant.Kpj, Segment = participant.Segment, Programs = participant.Programs, ActiveAtBpjs = participant.Active,
                ProtectedAtBpjs = participant.Protected, LastPaidMonth = participant.LastPaidMonth, FormerVillageCode = former?.RegionCode, FormerTermEnd = former?.TermEnd,
            });
        }
        return rows;
    }

    /// <summary>Names compared as people write them: case, punctuation and spacing aside.</summary>
    private static string Normalized(string name)
    {
        var letters = new StringBuilder();
        foreach (var c in name.ToUpperInvariant())
            if (char.IsLetterOrDigit(c)) letters.Append(c);
            else if (letters.Length > 0 && letters[^1] != ' ') letters.Append(' ');
        return letters.ToString().Trim();
    }
}
