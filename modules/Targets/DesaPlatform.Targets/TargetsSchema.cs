using DesaPlatform.SharedKernel.GraphQL;
using DesaPlatform.Targets.Coverage.Report;
using DesaPlatform.Targets.Coverage.Series;
using DesaPlatform.Targets.Indicators;
using DesaPlatform.Targets.Monitoring.LaggingVillages;
using DesaPlatform.Targets.Targets.List;
using DesaPlatform.Targets.Targets.Set;
using DesaPlatform.Targets.Ucj.Import;
using DesaPlatform.Targets.Ucj.List;
using DesaPlatform.Targets.Ucj.Remove;
using DesaPlatform.Targets.Ucj.Set;
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
        ListUcjInputsField.AddTo(query);
    }

    public void AddMutations(ObjectGraphType mutation)
    {
        SetTargetField.AddTo(mutation);
        SetUcjInputField.AddTo(mutation);
        RemoveUcjInputField.AddTo(mutation);
        ImportUcjInputsField.AddTo(mutation);
    }

    public IEnumerable<Type> SharedTypes => [typeof(LaggingVillageType)];
}
