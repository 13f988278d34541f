using DesaPlatform.SharedKernel.Access;

namespace DesaPlatform.Budgeting.Domain;

/// <summary>
/// What was paid for one person's premium for one month, as BPJS's invoice or payment record shows it. The person is
/// their roster entry (matched by NIK or KPJ when entered), so no personal data is kept here.
/// </summary>
internal sealed class Payment : IRegionOwned
{
    public int Id { get; init; }
    public required string RegionCode { get; init; }
    public required Guid EntryId { get; init; }

    /// <summary>The month paid for, as its first day.</summary>
    public required DateOnly Period { get; init; }

    public decimal Amount { get; private set; }
    public int Version { get; private set; }

    public static Payment Of(string villageCode, Guid entryId, DateOnly period, decimal amount) =>
        new() { RegionCode = villageCode, EntryId = entryId, Period = period, Amount = amount };

    public void Take(decimal amount)
    {
        Amount = amount;
        Version++;
    }
}
