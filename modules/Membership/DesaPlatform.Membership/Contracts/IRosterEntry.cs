namespace DesaPlatform.Membership.Contracts;

/// <summary>A roster entry as a module that extends Membership's <c>Person</c> type sees it.</summary>
public interface IRosterEntry
{
    /// <summary>The village the entry belongs to.</summary>
    string RegionCode { get; }

    /// <summary>The entry, the same across its versions: what a payment is recorded against.</summary>
    Guid EntryId { get; }

    /// <summary>The enrollment that is paid for on <paramref name="day"/>: active, of someone in office; else null.</summary>
    IInsuredTerms? PaidEnrollmentOn(DateOnly day);
}
