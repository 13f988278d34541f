using DesaPlatform.Targets.Domain;
using GraphQL.Types;

namespace DesaPlatform.Targets.Targets;

internal sealed class TargetType : ObjectGraphType<Target>
{
    public TargetType()
    {
        Name = "Target";
        Description = "A target the province set for itself or one of its regencies.";
        Field(t => t.Indicator).Description("The indicator's code (see `indicators`).");
        Field(t => t.RegionCode);
        Field(t => t.Year);
        Field(t => t.Percent);
    }
}
