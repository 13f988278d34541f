using DesaPlatform.Access.Persistence;
using DesaPlatform.SharedKernel.Access;
using DesaPlatform.SharedKernel.GraphQL;
using DesaPlatform.SharedKernel.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace DesaPlatform.Access.Users.ImportOperators;

/// <summary>
/// Creates village operator accounts from a CSV, all or nothing: every row is checked (fields, villages through the
/// delegation policy, user names against the file and the accounts) and any problem refuses the whole file.
/// </summary>
internal sealed class ImportOperatorsHandler(DelegationPolicy policy, UserManager<DesaUser> users, AccessDbContext db)
{
    public const int MaxRows = 1000;

    private static readonly Dictionary<string, string> Columns = new()
    {
        ["userName"] = "user_name", ["fullName"] = "full_name", ["regionCode"] = "village_code",
    };

    public async Task<OperatorImportReport> HandleAsync(string csv, bool dryRun, CancellationToken cancellationToken)
    {
        var (read, problems) = OperatorCsv.Read(csv);
        var rows = read.Select(r => r with { UserName = AccountFields.NormalizeUserName(r.UserName) }).ToList();
        if (rows.Count > MaxRows)
            return new([], [new(0, null, "TOO_MANY_ROWS", $"Paling banyak {MaxRows} akun per berkas; bagi berkasnya.") { Values = MessageValues.Of(("max", MaxRows)) }],
                Applied: false);
        if (rows.Count == 0 && problems.Count == 0)
            problems.Add(new(0, null, "NO_ROWS", "Berkas tidak berisi akun."));
        foreach (var row in rows) problems.AddRange(CheckFields(row));
        problems.AddRange(Duplicates(rows));
        problems.AddRange(await TakenAsync(rows, cancellationToken));
        problems.AddRange(await VillagesAsync(rows, cancellationToken));
        if (problems.Count > 0 || dryRun)
            return new(rows, problems.OrderBy(p => p.Line).ToList(), Applied: false);
        return await CreateAsync(rows, cancellationToken);
    }

    private static IEnumerable<OperatorImportProblem> CheckFields(OperatorImportRow row)
    {
        foreach (var (column, value) in OperatorCsv.Header.Zip([row.UserName, row.FullName, row.VillageCode, row.Contact]))
        {
            if (value.Length == 0) yield return new(row.Line, column, "MISSING_FIELD", $"Kolom {column} wajib diisi.");
        }
        if (row.UserName.Length > 0 && AccountFields.CheckUserName(row.UserName) is { } badName)
            yield return Problem(row, badName);
        if (row.FullName.Length > 0 && AccountFields.CheckFullName(row.FullName) is { } badFullName)
            yield return Problem(row, badFullName);
        if (row.Contact.Length > 0 && !AccountFields.IsEmail(row.Contact) && AccountFields.NormalizePhone(row.Contact) is null)
            yield return new(row.Line, "contact", "INVALID_CONTACT", "Kontak harus alamat email atau nomor telepon (9–15 angka).");
    }

    private static IEnumerable<OperatorImportProblem> Duplicates(List<OperatorImportRow> rows) =>
        rows.Where(r => r.UserName.Length > 0)
            .GroupBy(r => r.UserName)
            .SelectMany(g => g.Skip(1).Select(r => new OperatorImportProblem(r.Line, "user_name", "DUPLICATE_USER_NAME",
                $"Nama pengguna '{g.Key}' sudah ada di baris {g.First().Line}.") { Values = MessageValues.Of(("line", g.First().Line)) }));

    private async Task<IEnumerable<OperatorImportProblem>> TakenAsync(List<OperatorImportRow> rows, CancellationToken cancellationToken)
    {
        var names = rows.Select(r => users.NormalizeName(r.UserName)).Distinct().ToList();
        var taken = (await db.Users.Where(u => names.Contains(u.NormalizedUserName!)).Select(u => u.NormalizedUserName!).ToListAsync(cancellationToken))
            .ToHashSet();
        return rows.Where(r => taken.Contains(users.NormalizeName(r.UserName)))
            .Select(r => new OperatorImportProblem(r.Line, "user_name", "USER_NAME_TAKEN", $"Nama pengguna '{r.UserName}' sudah dipakai.")
            {
                Values = MessageValues.Of(("userName", r.UserName)),
            });
    }

    private async Task<IEnumerable<OperatorImportProblem>> VillagesAsync(List<OperatorImportRow> rows, CancellationToken cancellationToken)
    {
        var verdicts = new Dictionary<string, UserError?>();
        foreach (var code in rows.Select(r => r.VillageCode).Where(c => c.Length > 0).Distinct())
            verdicts[code] = await policy.CheckGrantAsync(UserRole.VillageOperator, code, cancellationToken);
        return rows.Where(r => verdicts.GetValueOrDefault(r.VillageCode) is not null).Select(r => Problem(r, verdicts[r.VillageCode]!));
    }

    private async Task<OperatorImportReport> CreateAsync(List<OperatorImportRow> rows, CancellationToken cancellationToken)
    {
        var accounts = rows.Select(NewOperator).ToArray();
        var passwords = new string[accounts.Length];
        // Hashing is nearly all the cost of an import; it needs no database, so it runs on every core.
        Parallel.For(0, accounts.Length, i => passwords[i] = OneTimePasswords.IssueTo(accounts[i]));

        // All or nothing, once: a failure refuses the file whole (DatabaseRetry), and the administrator sends it again.
        return await DatabaseRetry.Suspended(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            for (var i = 0; i < accounts.Length; i++)
            {
                var created = await users.CreateAsync(accounts[i]);
                if (created.Succeeded) continue;
                await transaction.RollbackAsync(cancellationToken);
                db.ChangeTracker.Clear();
                return new OperatorImportReport(rows, created.ToUserErrors("userName").Select(e => Problem(rows[i], e)).ToList(), Applied: false);
            }
            await transaction.CommitAsync(cancellationToken);
            return new OperatorImportReport(rows.Select((row, i) => row with { InitialPassword = passwords[i] }).ToList(), [], Applied: true);
        });
    }

    private static DesaUser NewOperator(OperatorImportRow row)
    {
        var isEmail = AccountFields.IsEmail(row.Contact);
        return new DesaUser
        {
            UserName = row.UserName,
            FullName = row.FullName,
            Role = UserRole.VillageOperator,
            RegionCode = row.VillageCode,
            Email = isEmail ? row.Contact : null,
            PhoneNumber = isEmail ? null : AccountFields.NormalizePhone(row.Contact),
        };
    }

    private static OperatorImportProblem Problem(OperatorImportRow row, UserError error) =>
        new(row.Line, error.Field is { } field ? Columns.GetValueOrDefault(field, field) : null, error.Code, error.Message) { Values = error.Values };
}
