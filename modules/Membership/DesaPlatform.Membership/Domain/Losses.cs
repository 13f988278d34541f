namespace DesaPlatform.Membership.Domain;

/// <summary>
/// What a change takes away from a person: a term that ends (or ends sooner), an enrollment that goes, a status that
/// steps down (active → inactive → ended), programs dropped. Such a change is never made quietly: it is shown first.
/// </summary>
internal static class Losses
{
    public static List<FieldChange> Between(PersonData before, PersonData after)
    {
        var lost = LostFields(before, after).ToHashSet();
        return FieldChange.Between(before, after).Where(c => lost.Contains(c.Field)).ToList();
    }

    private static IEnumerable<string> LostFields(PersonData before, PersonData after)
    {
        if (after.TermEnd < (before.TermEnd ?? DateOnly.MaxValue)) yield return "termEnd";
        if (before.Enrollment is not { } had) yield break;
        if (after.Enrollment is not { } has)
        {
            yield return "enrollment.kpj";
            yield return "enrollment.programs";
            yield return "enrollment.status";
            yield break;
        }
        if (has.Status > had.Status) yield return "enrollment.status";
        if (had.Programs.Except(has.Programs).Any()) yield return "enrollment.programs";
    }
}
