using DesaPlatform.Regions.Contracts;
using DesaPlatform.SharedKernel.GraphQL;
using GraphQL.Types;

namespace DesaPlatform.Targets.Targets.Book;

internal sealed class AppliedTargetType : ObjectGraphType<AppliedTarget>
{
    public AppliedTargetType()
    {
        Name = "AppliedTarget";
        Field(t => t.Percent);
        Field(t => t.SetFor).Description("The region the target was set for.");
        Field("setForRegion", new GraphQLTypeReference("Region")).Resolve(ctx => ctx.Service<IRegionLoader>().Load(ctx.Source.SetFor));
        Field(t => t.Inherited).Description("True when the region has no target of its own and takes its ancestor's.");
    }
}
