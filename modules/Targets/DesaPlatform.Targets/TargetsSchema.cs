using DesaPlatform.SharedKernel.GraphQL;
using DesaPlatform.Targets.Coverage.Report;
using DesaPlatform.Targets.Coverage.Series;
using DesaPlatform.Targets.Indicators;
using DesaPlatform.Targets.Monitoring.LaggingVillages;
using DesaPlatform.Targets.Targets.List;
using DesaPlatform.Targets.Targets.Set;
using GraphQL.Types;

namespace DesaPlatform.Targets;

internal sealed class TargetsSchema : ISchemaContribution
{
    public void AddQueries(ObjectGraphType query)
    {
        CoverageReportField.AddTo(query);
        ListIndicatorsField.AddTo(query);
        ListTargetsField.AddTo(query);
        IndicatorSeriesField.AddTo(query);
        LaggingVillagesField.AddTo(query);
    }

    public void AddMutations(ObjectGraphType mutation) => SetTargetField.AddTo(mutation);

    public IEnumerable<Type> SharedTypes => [typeof(LaggingVillageType)];
}
