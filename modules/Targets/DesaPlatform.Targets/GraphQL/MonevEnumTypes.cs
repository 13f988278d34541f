using DesaPlatform.Targets.Domain;
using GraphQL.Types;

namespace DesaPlatform.Targets.GraphQL;

internal sealed class MonevSegmentType : EnumerationGraphType<MonevSegment>
{
    public MonevSegmentType()
    {
        Name = "MonevSegment";
        Description = "APARATUR_DESA, BPD, EKOSISTEM_DESA (as Segment), or KEPALA_DESA on their own.";
    }
}

internal sealed class ActionOwnerType : EnumerationGraphType<ActionOwner>
{
    public ActionOwnerType()
    {
        Name = "ActionOwner";
        Description = "Who will do it: the desa of the finding, the regency's DPMD, the province, the BPJS branch, or someone else (ownerName).";
    }
}

internal sealed class ActionStatusType : EnumerationGraphType<ActionStatus>
{
    public ActionStatusType() => Name = "ActionStatus";
}
