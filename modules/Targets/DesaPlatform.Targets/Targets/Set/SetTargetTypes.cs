using DesaPlatform.SharedKernel.GraphQL;
using DesaPlatform.Targets.Domain;
using GraphQL.Types;

namespace DesaPlatform.Targets.Targets.Set;

internal sealed record SetTargetInput(string Indicator, string RegionCode, int Year, decimal? Percent);

internal sealed class SetTargetInputType : InputObjectGraphType<SetTargetInput>
{
    public SetTargetInputType()
    {
        Name = "SetTargetInput";
        Field(i => i.Indicator).Description("An indicator code of the catalog.");
        Field(i => i.RegionCode).Description("The province or one of its regencies.");
        Field(i => i.Year);
        Field(i => i.Percent, nullable: true).Description("0–100, two decimals; null removes the region's own target, so that it inherits again.");
    }
}

internal sealed class SetTargetPayloadType() : PayloadType<TargetType, Target>("SetTargetPayload", "target");
