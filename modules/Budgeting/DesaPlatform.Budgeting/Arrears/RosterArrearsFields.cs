using DesaPlatform.Budgeting.Arrears.List;
using DesaPlatform.Membership.Contracts;
using DesaPlatform.SharedKernel.GraphQL;
using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Resolvers;
using GraphQL.Types;

namespace DesaPlatform.Budgeting.Arrears;

/// <summary>
/// Budgeting's arrears on Membership's <c>Person</c>: the entries of a page are batched and read in one go under the
/// region they share (a district-wide page: the district once, not each village).
/// </summary>
internal static class RosterArrearsFields
{
    public static IEnumerable<TypeExtension> All =>
    [
        new("Person", new FieldType
        {
            Name = "arrears",
            Description = "This entry's premiums due and paid to the last closed month, with its at-risk mark; null without an active enrollment.",
            ResolvedType = new GraphQLTypeReference("PersonArrears"),
            Resolver = new FuncFieldResolver<object>(ctx =>
            {
                var entry = (IRosterEntry)ctx.Source!;
                return ctx.Service<RosterArrears>().Load(entry.EntryId, entry.RegionCode);
            }),
        }),
    ];
}

/// <summary>Request-scoped: the arrears of the entries a page asks about, from one read under their common region.</summary>
internal sealed class RosterArrears
{
    private readonly BatchLoader<(Guid EntryId, string RegionCode), PersonArrears> _arrears;

    public RosterArrears(ArrearsBook book) => _arrears = new(async (keys, ct) =>
    {
        var common = CommonRegion(keys.Select(k => k.RegionCode));
        // Entries of several provinces (a national reader) share no region: one read per province.
        IEnumerable<string> roots = common != "" ? [common] : keys.Select(k => k.RegionCode.Split('.')[0]).Distinct();
        var wanted = keys.Select(k => k.EntryId).ToHashSet();
        var found = new Dictionary<(Guid, string), PersonArrears>();
        foreach (var root in roots)
            foreach (var person in (await book.UnderAsync(root, ct)).Where(p => wanted.Contains(p.EntryId)))
                found[(person.EntryId, person.RegionCode)] = person;
        return found;
    });

    public IDataLoaderResult<PersonArrears?> Load(Guid entryId, string regionCode) => _arrears.Load((entryId, regionCode));

    /// <summary>The deepest region holding every code, segment by segment ("61.01.01.2001", "61.01.01.2002" → "61.01.01").</summary>
    public static string CommonRegion(IEnumerable<string> codes)
    {
        var common = (string[]?)null;
        foreach (var segments in codes.Select(c => c.Split('.')))
            common = common is null ? segments : common.Zip(segments).TakeWhile(p => p.First == p.Second).Select(p => p.First).ToArray();
        return string.Join('.', common ?? []);
    }
}
