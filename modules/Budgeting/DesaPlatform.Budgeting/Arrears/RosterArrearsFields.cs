using DesaPlatform.Budgeting.Arrears.List;
using DesaPlatform.Membership.Contracts;
using DesaPlatform.SharedKernel.GraphQL;
using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;

namespace DesaPlatform.Budgeting.Arrears;

/// <summary>Budgeting's arrears on Membership's <c>Person</c>: the village is read once per request, whatever the page.</summary>
internal static class RosterArrearsFields
{
    public static IEnumerable<TypeExtension> All =>
    [
        new("Person", new FieldType
        {
            Name = "arrears",
            Description = "This entry's premiums due and paid to the last closed month, with its at-risk mark; null without an active enrollment.",
            ResolvedType = new GraphQLTypeReference("PersonArrears"),
            Resolver = new FuncFieldResolver<PersonArrears>(async ctx =>
            {
                var entry = (IRosterEntry)ctx.Source!;
                var people = await ctx.Service<ArrearsBook>().UnderAsync(entry.RegionCode, ctx.CancellationToken);
                return people.FirstOrDefault(p => p.EntryId == entry.EntryId);
            }),
        }),
    ];
}
