using DesaPlatform.Budgeting.Domain;
using DesaPlatform.SharedKernel.GraphQL;
using GraphQL.Types;

namespace DesaPlatform.Budgeting.Payments.Record;

internal sealed record RecordPaymentInput(string VillageCode, string? Nik, string? Kpj, string Period, decimal Amount, int? Version);

internal sealed class RecordPaymentInputType : InputObjectGraphType<RecordPaymentInput>
{
    public RecordPaymentInputType()
    {
        Name = "RecordPaymentInput";
        Field(i => i.VillageCode).Description("The village whose apparatus the payment is for.");
        Field(i => i.Nik, nullable: true).Description("The person's NIK; or give the KPJ (both: they must name the same person).");
        Field(i => i.Kpj, nullable: true).Description("The person's BPJS membership number (KPJ).");
        Field(i => i.Period).Description("The month paid for, YYYY-MM; not after this month.");
        Field(i => i.Amount).Description("Rupiah paid for that month, above zero.");
        Field(i => i.Version, nullable: true).Description("The version read, to correct a month already kept; none to add a new one.");
    }
}

internal sealed class PaymentType : ObjectGraphType<Payment>
{
    public PaymentType()
    {
        Name = "Payment";
        Description = "A person's premium payment for one month.";
        Field(p => p.Id);
        Field(p => p.RegionCode);
        Field<NonNullGraphType<IdGraphType>>("entryId").Description("The roster entry paid for.").Resolve(ctx => ctx.Source.EntryId);
        Field<NonNullGraphType<StringGraphType>>("period").Description("YYYY-MM.").Resolve(ctx => PaymentRules.FormatPeriod(ctx.Source.Period));
        Field(p => p.Amount);
        Field(p => p.Version);
    }
}

internal sealed class RecordPaymentPayloadType() : PayloadType<PaymentType, Payment>("RecordPaymentPayload", "payment");
