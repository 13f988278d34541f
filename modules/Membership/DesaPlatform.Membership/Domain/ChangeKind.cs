namespace DesaPlatform.Membership.Domain;

/// <summary>What a draft version does to the official roster.</summary>
internal enum ChangeKind
{
    Added,
    Changed,
    Ended,
}

internal static class ChangeKinds
{
    public static ChangeKind Of(PersonData after, PersonData? before) =>
        before is null ? ChangeKind.Added
        : after.TermEnd is not null && before.TermEnd is null ? ChangeKind.Ended
        : ChangeKind.Changed;
}
