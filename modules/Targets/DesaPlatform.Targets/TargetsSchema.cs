using DesaPlatform.SharedKernel.GraphQL;
using DesaPlatform.Targets.Coverage.Report;
using GraphQL.Types;

namespace DesaPlatform.Targets;

internal sealed class TargetsSchema : ISchemaContribution
{
    public void AddQueries(ObjectGraphType query) => CoverageReportField.AddTo(query);

    public void AddMutations(ObjectGraphType mutation)
    {
    }
}
