namespace DesaPlatform.Tests.Integration.Budgeting.Policies;

/// <summary>The inputs of the funding policy mutations: by default the demo's kind of policy, each part replaceable.</summary>
public static class PolicyInput
{
    public const string Set = """
        mutation($i: SetFundingPolicyInput!) {
          setFundingPolicy(input: $i) {
            fundingPolicy { id regionCode year regulationNumber regulationDate bpdAccountCode bpuDiscountForVillageBudget version
              groups { group scheme programs wageRule wageAmount positionWages { positionCode amount } shares { program payer percent } } }
            errors { code field values { name value } }
          }
        }
        """;

    public const string Copy = """
        mutation($i: CopyFundingPolicyInput!) {
          copyFundingPolicy(input: $i) { fundingPolicy { regionCode year regulationNumber regulationDate version groups { group } } errors { code field } }
        }
        """;

    public const string Find = """
        query($r: String!, $y: Int!) {
          fundingPolicy(regionCode: $r, year: $y) { regionCode regionName year regulationNumber version groups { group scheme programs wageRule shares { program payer percent } wageBases { positionCode amount } } }
        }
        """;

    public static object Shares(string payer, params string[] programs) => programs.Select(p => new { program = p, payer, percent = 100m }).ToArray();

    public static object Group(string group, string scheme = "PU", string[]? programs = null, string wageRule = "SILTAP_MINIMUM",
        decimal? wageAmount = null, object? shares = null, object? positionWages = null)
    {
        programs ??= ["JKK", "JKM"];
        return new { group, scheme, programs, wageRule, wageAmount, positionWages, shares = shares ?? Shares("APBDES_ADD", programs) };
    }

    public static object[] Groups() =>
    [
        Group("KEPALA_DESA"),
        Group("PERANGKAT"),
        Group("BPD", "BPU", wageRule: "DECLARED_INCOME", wageAmount: 1_000_000m, shares: Shares("APBD_KABUPATEN", "JKK", "JKM")),
        Group("EKOSISTEM", "BPU", wageRule: "DECLARED_INCOME", wageAmount: 1_000_000m, shares: Shares("MEMBER_DEDUCTION", "JKK", "JKM")),
    ];

    public static object Of(string regionCode, int year = 2026, object[]? groups = null, string? number = "Perbup Sambas Nomor 12 Tahun 2025",
        string? date = "2025-12-20", string? bpdAccountCode = null, int? version = null, bool discount = false) => new
    {
        i = new
        {
            regionCode, year, regulationNumber = number, regulationDate = date, bpdAccountCode, bpuDiscountForVillageBudget = discount,
            groups = groups ?? Groups(), version,
        },
    };
}
