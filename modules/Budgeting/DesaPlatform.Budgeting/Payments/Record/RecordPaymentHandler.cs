using DesaPlatform.Budgeting.Arrears.Kept;
using DesaPlatform.Budgeting.Domain;
using DesaPlatform.Budgeting.Persistence;
using DesaPlatform.SharedKernel.GraphQL;
using DesaPlatform.SharedKernel.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DesaPlatform.Budgeting.Payments.Record;

/// <summary>
/// Records what was paid for a person and month, or corrects it — never over a month it did not read (a new entry for
/// a month already kept) or one changed since it was read.
/// </summary>
internal sealed class RecordPaymentHandler(BudgetingDbContext db, VillagePayments village, PaymentRules rules, ArrearsStamps stamps)
{
    private static readonly UserError PeriodTaken =
        new("PAYMENT_PERIOD_TAKEN", "Pembayaran orang ini untuk periode itu sudah ada. Untuk mengoreksinya, impor lembar pembayaran yang memuat periode itu dengan jumlah yang benar: baris yang berubah menggantikan yang lama.", "period");

    private static readonly UserError ChangedMeanwhile =
        new("PAYMENT_CHANGED_MEANWHILE", "Pembayaran ini sudah diubah orang lain sejak Anda membukanya; muat ulang lalu ubah lagi.", "version");

    public async Task<Payload<Payment>> HandleAsync(RecordPaymentInput input, CancellationToken cancellationToken)
    {
        if (await village.CheckVillageAsync(input.VillageCode, cancellationToken) is { } villageError) return Payload<Payment>.Failure(villageError);
        var errors = rules.Check(input.VillageCode, input.Period, input.Amount).ToList();
        var (person, matchError) = PaymentRules.Match(await village.PeopleAsync(input.VillageCode, cancellationToken), input.Nik, input.Kpj);
        if (matchError is not null) errors.Insert(0, matchError);
        if (errors.Count > 0) return Payload<Payment>.Failure(errors);

        var period = PaymentRules.ParsePeriod(input.Period)!.Value;
        var existing = await db.Payments.FirstOrDefaultAsync(p => p.EntryId == person!.EntryId && p.Period == period, cancellationToken);
        if (existing is null) db.Payments.Add(existing = Payment.Of(input.VillageCode, person!.EntryId, period, input.Amount));
        else if (input.Version is null) return Payload<Payment>.Failure(PeriodTaken);
        else if (input.Version != existing.Version) return Payload<Payment>.Failure(ChangedMeanwhile);
        else existing.Take(input.Amount);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Payload<Payment>.Failure(ChangedMeanwhile);
        }
        catch (DbUpdateException taken) when (taken.IsUniqueViolation())
        {
            return Payload<Payment>.Failure(PeriodTaken);
        }
        await stamps.PaymentsChangedAsync(input.VillageCode, cancellationToken);
        return Payload<Payment>.Success(existing);
    }
}
