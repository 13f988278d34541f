using System.Text.Json;
using DesaPlatform.Tests.Infrastructure;
using static DesaPlatform.Tests.Integration.Budgeting.Policies.PolicyInput;

namespace DesaPlatform.Tests.Integration.Budgeting.Policies;

/// <summary>
/// A regency's funding policy per year: set by its own staff (or the province admin), checked field by field, changed
/// only from the version read, audited, copied into a new year, and read by the regency's villages.
/// </summary>
public sealed class FundingPolicyTests(DesaApp app) : IClassFixture<DesaApp>
{
    private static JsonElement Policy(GraphQLResponse response, string field = "setFundingPolicy") =>
        response.Data.GetProperty(field).GetProperty("fundingPolicy");

    private static List<(string? Code, string? Field)> Errors(GraphQLResponse response, string field = "setFundingPolicy") =>
        response.Data.GetProperty(field).GetProperty("errors").EnumerateArray()
            .Select(e => (e.GetProperty("code").GetString(), e.GetProperty("field").GetString())).ToList();

    [Fact]
    public async Task Regency_staff_set_their_regencys_policy_and_its_villages_read_it()
    {
        var staff = await app.SignInAsync("dpmd.sambas");
        var set = await staff.SendAsync(Set, Of("61.01"));
        Assert.Empty(Errors(set));
        Assert.Equal(("61.01", 2026, 0), (Policy(set).GetProperty("regionCode").GetString(), Policy(set).GetProperty("year").GetInt32(),
            Policy(set).GetProperty("version").GetInt32()));

        foreach (var reader in new[] { "op.dalamkaum", "viewer.sambas", "admin.kalbar" })
        {
            var client = await app.SignInAsync(reader);
            var found = (await client.SendAsync(Find, new { r = Roster.DalamKaum, y = 2026 })).Data.GetProperty("fundingPolicy");
            Assert.Equal(("61.01", "Perbup Sambas Nomor 12 Tahun 2025"), (found.GetProperty("regionCode").GetString(), found.GetProperty("regulationNumber").GetString()));
            Assert.Equal(["KEPALA_DESA", "PERANGKAT", "BPD", "EKOSISTEM"],
                found.GetProperty("groups").EnumerateArray().Select(g => g.GetProperty("group").GetString()));
            var head = Assert.Single(found.GetProperty("groups")[0].GetProperty("wageBases").EnumerateArray());
            Assert.Equal(("kepala_desa", 2_426_640m), (head.GetProperty("positionCode").GetString(), head.GetProperty("amount").GetDecimal()));
        }
        var village = await app.SignInAsync("op.dalamkaum");
        Assert.Equal(JsonValueKind.Object, (await village.SendAsync(Find, new { r = "61.01", y = 2026 })).Data.GetProperty("fundingPolicy").ValueKind);
        Assert.Equal(JsonValueKind.Null, (await village.SendAsync(Find, new { r = Roster.LubukDagang, y = 2026 })).Data.GetProperty("fundingPolicy").ValueKind);
        var neighbour = await app.SignInAsync("op.sengkubang");
        Assert.Equal(JsonValueKind.Null, (await neighbour.SendAsync(Find, new { r = "61.01", y = 2026 })).Data.GetProperty("fundingPolicy").ValueKind);
        var list = await village.SendAsync("""query { fundingPolicies(regionCode: "61") { regionCode year } }""");
        Assert.Equal(["61.01"], list.Data.GetProperty("fundingPolicies").EnumerateArray().Select(p => p.GetProperty("regionCode").GetString()));
    }

    [Fact]
    public async Task Staff_of_one_regency_cannot_set_anothers_but_the_province_admin_can()
    {
        var mempawah = await app.SignInAsync("dpmd.mempawah");
        Assert.Equal([("UNKNOWN_REGION", "regionCode")], Errors(await mempawah.SendAsync(Set, Of("61.03"))));
        var province = await app.SignInAsync("admin.kalbar");
        Assert.Empty(Errors(await province.SendAsync(Set, Of("61.03"))));
        Assert.Equal([("FUNDING_POLICY_REGION_LEVEL", "regionCode")], Errors(await province.SendAsync(Set, Of("61"))));
    }

    [Fact]
    public async Task Each_wrong_field_is_named()
    {
        var staff = await app.SignInAsync("dpmd.sambas");
        object[] groups =
        [
            Group("KEPALA_DESA", programs: ["JKK"]),
            Group("PERANGKAT", shares: new[] { new { program = "JKK", payer = "APBDES_ADD", percent = 60m }, new { program = "JKK", payer = "APBDES_DD", percent = 30m },
                new { program = "JKM", payer = "APBDES_ADD", percent = 100m } }),
            Group("BPD", "BPU", ["JKK", "JKM", "JP"], "SILTAP_MINIMUM"),
        ];
        var errors = Errors(await staff.SendAsync(Set, Of("61.01", 2027, groups, number: " ", date: null)));
        Assert.Equal(
        [
            ("FUNDING_POLICY_REGULATION_NUMBER", "regulationNumber"),
            ("FUNDING_POLICY_REGULATION_DATE", "regulationDate"),
            ("FUNDING_POLICY_GROUP_MISSING", "groups"),
            ("FUNDING_POLICY_PROGRAMS_REQUIRED", "groups.0.programs"),
            ("FUNDING_POLICY_SHARES_TOTAL", "groups.1.shares"),
            ("FUNDING_POLICY_JP_NEEDS_PU", "groups.2.programs"),
            ("FUNDING_POLICY_BPU_DECLARED_INCOME", "groups.2.wageRule"),
            ("FUNDING_POLICY_SILTAP_GROUP", "groups.2.wageRule"),
            ("FUNDING_POLICY_BPD_ACCOUNT_REQUIRED", "bpdAccountCode"),
        ], errors);
        var admin = await app.SignInAsync("admin.kalbar");
        Assert.Equal(JsonValueKind.Null, (await admin.SendAsync(Find, new { r = "61.01", y = 2027 })).Data.GetProperty("fundingPolicy").ValueKind);
    }

    [Fact]
    public async Task Every_other_wrong_field_is_named_too()
    {
        var staff = await app.SignInAsync("dpmd.sambas");
        object[] groups =
        [
            Group("KEPALA_DESA", wageRule: "DECLARED_INCOME", wageAmount: 1_000_000m),
            Group("PERANGKAT", wageRule: "REGENCY_AMOUNT", positionWages: new[] { new { positionCode = "bpd_anggota", amount = 1_000_000m } },
                shares: new[] { new { program = "JKK", payer = "APBDES_ADD", percent = 100m }, new { program = "JKM", payer = "APBDES_ADD", percent = 100m },
                    new { program = "JP", payer = "APBDES_ADD", percent = 100m } }),
            Group("BPD", "BPU", wageRule: "DECLARED_INCOME", wageAmount: 1_000_000.5m,
                shares: new[] { new { program = "JKK", payer = "APBD_KABUPATEN", percent = 50m }, new { program = "JKK", payer = "APBD_KABUPATEN", percent = 50m },
                    new { program = "JKM", payer = "APBD_KABUPATEN", percent = 150m } }),
            Group("EKOSISTEM", "BPU", wageRule: "DECLARED_INCOME", wageAmount: 1_000_000m, positionWages: new[] { new { positionCode = "linmas", amount = 1_000_000m } },
                shares: Shares("MEMBER_DEDUCTION", "JKK", "JKM")),
            Group("PERANGKAT"),
        ];
        var errors = Errors(await staff.SendAsync(Set, Of("61.01", 2027, groups, number: new string('N', 201), date: "2099-01-01", bpdAccountCode: "5.1.4.91")));
        foreach (var expected in new[]
        {
            ("FUNDING_POLICY_TEXT_TOO_LONG", "regulationNumber"),
            ("FUNDING_POLICY_REGULATION_DATE_RANGE", "regulationDate"),
            ("FUNDING_POLICY_GROUP_REPEATED", "groups"),
            ("FUNDING_POLICY_PU_WAGE", "groups.0.wageRule"),
            ("FUNDING_POLICY_WAGE_AMOUNT", "groups.1.wageAmount"),
            ("FUNDING_POLICY_POSITION_GROUP", "groups.1.positionWages"),
            ("FUNDING_POLICY_SHARE_PROGRAM", "groups.1.shares"),
            ("FUNDING_POLICY_WHOLE_RUPIAH", "groups.2.wageAmount"),
            ("FUNDING_POLICY_SHARE_PERCENT", "groups.2.shares"),
            ("FUNDING_POLICY_SHARE_REPEATED", "groups.2.shares"),
            ("FUNDING_POLICY_POSITION_WAGE_RULE", "groups.3.positionWages"),
        })
            Assert.Contains(((string?)expected.Item1, (string?)expected.Item2), errors);
    }

    [Fact]
    public async Task Bpd_paid_from_the_apbdes_carries_the_regencys_account_code_and_the_discount_setting()
    {
        var staff = await app.SignInAsync("dpmd.sambas");
        var groups = Groups();
        groups[2] = Group("BPD", "BPU", wageRule: "DECLARED_INCOME", wageAmount: 1_000_000m, shares: Shares("APBDES_ADD", "JKK", "JKM"));
        Assert.Equal([("FUNDING_POLICY_ACCOUNT_CODE", "bpdAccountCode")], Errors(await staff.SendAsync(Set, Of("61.01", 2028, groups, bpdAccountCode: "5.1.4-91"))));
        var set = Policy(await staff.SendAsync(Set, Of("61.01", 2028, groups, bpdAccountCode: "5.1.4.91", discount: true)));
        Assert.Equal(("5.1.4.91", true), (set.GetProperty("bpdAccountCode").GetString(), set.GetProperty("bpuDiscountForVillageBudget").GetBoolean()));
    }

    [Fact]
    public async Task A_change_needs_the_version_read_and_every_change_is_audited()
    {
        var staff = await app.SignInAsync("dpmd.mempawah");
        Assert.Empty(Errors(await staff.SendAsync(Set, Of("61.02", 2026))));
        Assert.Equal([("FUNDING_POLICY_YEAR_TAKEN", "year")], Errors(await staff.SendAsync(Set, Of("61.02", 2026, number: "Perbup Mempawah 2"))));

        var changed = Policy(await staff.SendAsync(Set, Of("61.02", 2026, number: "Perbup Mempawah Nomor 3 Tahun 2026", date: "2026-02-01", version: 0)));
        Assert.Equal(("Perbup Mempawah Nomor 3 Tahun 2026", 1), (changed.GetProperty("regulationNumber").GetString(), changed.GetProperty("version").GetInt32()));
        Assert.Equal([("FUNDING_POLICY_CHANGED_MEANWHILE", "version")], Errors(await staff.SendAsync(Set, Of("61.02", 2026, number: "Lama", version: 0))));
        var same = Policy(await staff.SendAsync(Set, Of("61.02", 2026, number: "Perbup Mempawah Nomor 3 Tahun 2026", date: "2026-02-01", version: 1)));
        Assert.Equal(1, same.GetProperty("version").GetInt32());

        var audit = await staff.SendAsync("""{ auditTrail(where: { entity: { eq: "FundingPolicy" }, regionCode: { eq: "61.02" } }) { nodes { action before after } } }""");
        var entries = audit.Data.GetProperty("auditTrail").GetProperty("nodes").EnumerateArray().ToList();
        Assert.Equal(["Added", "Modified"], entries.Select(e => e.GetProperty("action").GetString()).Order());
        var modified = entries.Single(e => e.GetProperty("action").GetString() == "Modified");
        Assert.Contains("Perbup Sambas Nomor 12 Tahun 2025", modified.GetProperty("before").GetString());
        Assert.Contains("Perbup Mempawah Nomor 3 Tahun 2026", modified.GetProperty("after").GetString());
    }

    [Fact]
    public async Task Last_years_policy_is_copied_into_a_new_year_once()
    {
        var staff = await app.SignInAsync("admin.kalbar");
        Assert.Empty(Errors(await staff.SendAsync(Set, Of("61.04", 2026))));
        var kept = await staff.SendAsync(Copy, new { i = new { regionCode = "61.04", fromYear = 2026, toYear = 2027 } });
        var copy = Policy(kept, "copyFundingPolicy");
        Assert.Equal((2027, "Perbup Sambas Nomor 12 Tahun 2025", 4),
            (copy.GetProperty("year").GetInt32(), copy.GetProperty("regulationNumber").GetString(), copy.GetProperty("groups").GetArrayLength()));

        Assert.Equal([("FUNDING_POLICY_YEAR_TAKEN", "toYear")],
            Errors(await staff.SendAsync(Copy, new { i = new { regionCode = "61.04", fromYear = 2026, toYear = 2027 } }), "copyFundingPolicy"));
        Assert.Equal([("FUNDING_POLICY_NOTHING_TO_COPY", "fromYear")],
            Errors(await staff.SendAsync(Copy, new { i = new { regionCode = "61.04", fromYear = 2020, toYear = 2030 } }), "copyFundingPolicy"));
        var renumbered = Policy(await staff.SendAsync(Copy,
            new { i = new { regionCode = "61.04", fromYear = 2026, toYear = 2028, regulationNumber = "Perbup Ketapang Nomor 5 Tahun 2026", regulationDate = "2026-03-01" } }),
            "copyFundingPolicy");
        Assert.Equal(("Perbup Ketapang Nomor 5 Tahun 2026", "2026-03-01"),
            (renumbered.GetProperty("regulationNumber").GetString(), renumbered.GetProperty("regulationDate").GetString()));
    }
}
