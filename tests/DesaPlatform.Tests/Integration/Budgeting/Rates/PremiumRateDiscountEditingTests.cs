using System.Text.Json;
using DesaPlatform.Budgeting.Contracts;
using DesaPlatform.Membership.Contracts;
using DesaPlatform.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace DesaPlatform.Tests.Integration.Budgeting.Rates;

/// <summary>
/// The province admin keeps the discounts as they keep the rates: adds one (a regulation like PP 50/2025), extends or
/// cuts it short — audited, never overlapping another of the program and scheme, never on days gone, never over an edit
/// made meanwhile. (Dates far ahead are never past, those long gone always are, whatever day the tests run.)
/// </summary>
public sealed class PremiumRateDiscountEditingTests(DesaApp app) : IClassFixture<DesaApp>
{
    private const string Fields = "id scheme program percent effectiveFrom effectiveUntil regulation note version";

    private const string Add = $$"""
        mutation($i: AddPremiumRateDiscountInput!) { addPremiumRateDiscount(input: $i) { premiumRateDiscount { {{Fields}} } errors { code field message } } }
        """;

    private const string End = $$"""
        mutation($i: EndPremiumRateDiscountInput!) { endPremiumRateDiscount(input: $i) { premiumRateDiscount { {{Fields}} } errors { code field message } } }
        """;

    [Fact]
    public async Task A_discount_is_added_extended_and_cut_short_each_change_audited_and_priced_by_the_calculator()
    {
        var admin = await app.SignInAsync("admin.kalbar");
        var added = Discount(await admin.SendAsync(Add, new { i = new { scheme = "BPU", program = "JKK", percent = 25m, effectiveFrom = "2090-01-01",
            effectiveUntil = "2090-06-30", regulation = " PP 12/2089 ", note = "Di luar sektor transportasi" } }), "addPremiumRateDiscount");
        Assert.Equal(("PP 12/2089", 25m, 0), (added.GetProperty("regulation").GetString(), added.GetProperty("percent").GetDecimal(),
            added.GetProperty("version").GetInt32()));
        var id = int.Parse(added.GetProperty("id").GetString()!);

        var extended = Discount(await admin.SendAsync(End, new { i = new { id, version = 0, effectiveUntil = "2090-12-31" } }), "endPremiumRateDiscount");
        Assert.Equal(("2090-12-31", 1), (extended.GetProperty("effectiveUntil").GetString(), extended.GetProperty("version").GetInt32()));
        var cut = Discount(await admin.SendAsync(End, new { i = new { id, version = 1, effectiveUntil = "2090-03-31" } }), "endPremiumRateDiscount");
        Assert.Equal(("2090-03-31", 2), (cut.GetProperty("effectiveUntil").GetString(), cut.GetProperty("version").GetInt32()));

        var listed = (await admin.SendAsync($"{{ premiumRateDiscounts {{ {Fields} }} }}")).Data.GetProperty("premiumRateDiscounts").EnumerateArray()
            .Single(d => d.GetProperty("id").GetString() == id.ToString());
        Assert.Equal("2090-03-31", listed.GetProperty("effectiveUntil").GetString());
        var audit = await admin.SendAsync($$"""{ auditTrail(where: { entity: { eq: "PremiumRateDiscount" }, entityId: { eq: "{{id}}" } }) { nodes { action userName } } }""");
        Assert.Equal(3, audit.Data.GetProperty("auditTrail").GetProperty("nodes").GetArrayLength());

        using var scope = app.Services.CreateScope();
        var year = (await scope.ServiceProvider.GetRequiredService<IPremiumCalculator>()
            .QuoteYearAsync([new QuoteRequest(Scheme.Bpu, [SocialSecurityProgram.Jkk], 1_000_000m, PayerKind.Member)], 2090, CancellationToken.None)).Single();
        Assert.Equal([7_500m, 7_500m, 7_500m, 10_000m], year.Months.Take(4).Select(m => m.Quote.Amount));
    }

    [Fact]
    public async Task Two_discounts_of_a_program_and_scheme_never_cover_the_same_day()
    {
        var admin = await app.SignInAsync("admin.kalbar");
        Discount(await admin.SendAsync(Add, new { i = new { scheme = "BPU", program = "JKM", percent = 50m, effectiveFrom = "2093-01-01",
            effectiveUntil = "2093-06-30", regulation = "PP 1/2092" } }), "addPremiumRateDiscount");
        var later = Discount(await admin.SendAsync(Add, new { i = new { scheme = "BPU", program = "JKM", percent = 50m, effectiveFrom = "2093-07-01",
            effectiveUntil = "2093-12-31", regulation = "PP 2/2092" } }), "addPremiumRateDiscount");
        Discount(await admin.SendAsync(Add, new { i = new { scheme = "PU", program = "JKM", percent = 50m, effectiveFrom = "2093-03-01",
            effectiveUntil = "2093-03-31", regulation = "PP 3/2092" } }), "addPremiumRateDiscount");

        var overlapping = await admin.SendAsync(Add, new { i = new { scheme = "BPU", program = "JKM", percent = 30m, effectiveFrom = "2093-06-01",
            effectiveUntil = "2093-06-30", regulation = "PP 4/2092" } });
        Assert.Equal(["DISCOUNT_OVERLAP"], overlapping.ErrorCodes("addPremiumRateDiscount"));
        Assert.Contains("(PP 1/2092) yang berlaku 01-01-2093 s.d. 30-06-2093", Message(overlapping, "addPremiumRateDiscount"));

        var backwards = await admin.SendAsync(End, new { i = new { id = int.Parse(later.GetProperty("id").GetString()!), version = 0,
            effectiveUntil = "2093-06-30" } });
        Assert.Equal(["DISCOUNT_UNTIL_BEFORE_FROM"], backwards.ErrorCodes("endPremiumRateDiscount"));
    }

    [Fact]
    public async Task Days_gone_keep_their_discount_and_an_edit_on_an_older_reading_is_refused()
    {
        var admin = await app.SignInAsync("admin.kalbar");
        var old = Discount(await admin.SendAsync(Add, new { i = new { scheme = "BPU", program = "JKK", percent = 10m, effectiveFrom = "2001-01-01",
            effectiveUntil = "2001-12-31", regulation = "PP 9/2000" } }), "addPremiumRateDiscount");
        var ended = await admin.SendAsync(End, new { i = new { id = int.Parse(old.GetProperty("id").GetString()!), version = 0, effectiveUntil = "2099-12-31" } });
        Assert.Equal(["DISCOUNT_ENDED"], ended.ErrorCodes("endPremiumRateDiscount"));
        Assert.Contains("sudah berakhir pada 31-12-2001", Message(ended, "endPremiumRateDiscount"));

        var future = Discount(await admin.SendAsync(Add, new { i = new { scheme = "BPU", program = "JKK", percent = 10m, effectiveFrom = "2095-01-01",
            effectiveUntil = "2095-12-31", regulation = "PP 9/2094" } }), "addPremiumRateDiscount");
        var id = int.Parse(future.GetProperty("id").GetString()!);
        Assert.Equal(["DISCOUNT_END_PAST"], (await admin.SendAsync(End, new { i = new { id, version = 0, effectiveUntil = "2020-01-31" } }))
            .ErrorCodes("endPremiumRateDiscount"));
        Discount(await admin.SendAsync(End, new { i = new { id, version = 0, effectiveUntil = "2095-06-30" } }), "endPremiumRateDiscount");
        Assert.Equal(["DISCOUNT_CHANGED_MEANWHILE"], (await admin.SendAsync(End, new { i = new { id, version = 0, effectiveUntil = "2095-03-31" } }))
            .ErrorCodes("endPremiumRateDiscount"));
    }

    [Fact]
    public async Task Each_wrong_field_is_named_in_Indonesian()
    {
        var admin = await app.SignInAsync("admin.kalbar");
        var refused = await admin.SendAsync(Add, new { i = new { scheme = "BPU", program = "JKK", percent = 120m, effectiveFrom = "2096-06-01",
            effectiveUntil = "2096-01-31", regulation = " " } });
        Assert.Equal([("DISCOUNT_PERCENT", "percent"), ("RATE_REGULATION", "regulation"), ("DISCOUNT_UNTIL_BEFORE_FROM", "effectiveUntil")],
            refused.Data.GetProperty("addPremiumRateDiscount").GetProperty("errors").EnumerateArray()
                .Select(e => (e.GetProperty("code").GetString(), e.GetProperty("field").GetString())));
        Assert.Contains("tidak boleh sebelum potongan mulai berlaku (01-06-2096)", Message(refused, "addPremiumRateDiscount", 2));
    }

    private static JsonElement Discount(GraphQLResponse response, string field)
    {
        Assert.Empty(response.ErrorCodes(field));
        return response.Data.GetProperty(field).GetProperty("premiumRateDiscount");
    }

    private static string Message(GraphQLResponse response, string field, int index = 0) =>
        response.Data.GetProperty(field).GetProperty("errors")[index].GetProperty("message").GetString()!;
}
