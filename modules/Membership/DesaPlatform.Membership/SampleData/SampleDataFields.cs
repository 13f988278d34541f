using DesaPlatform.Membership.Persistence;
using DesaPlatform.SharedKernel.Demo;
using DesaPlatform.SharedKernel.GraphQL;
using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace DesaPlatform.Membership.SampleData;

/// <summary>Membership's word on the signed-in user (<c>Me</c>): whether what they see is the demo's synthetic sample.</summary>
internal static class SampleDataFields
{
    public static IEnumerable<TypeExtension> All =>
    [
        new("Me", new FieldType
        {
            Name = "sampleData",
            Description = "The rosters in your scope hold the demo's synthetic sample (every name marked \"[Contoh]\"): the portal says so on every page.",
            ResolvedType = new NonNullGraphType(new BooleanGraphType()),
            Resolver = new FuncFieldResolver<bool>(async ctx =>
                // Outside demo mode no sample was ever written: no query.
                ctx.Service<DemoSettings>().Enabled
                && await ctx.Service<MembershipDbContext>().People.AnyAsync(p => p.FullName.StartsWith(SampleNames.Marker), ctx.CancellationToken)),
        }),
    ];
}
