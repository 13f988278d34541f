using DesaPlatform.Audit.Entries;
using DesaPlatform.Audit.Entries.List;
using DesaPlatform.SharedKernel.GraphQL;
using GraphQL.Types;

namespace DesaPlatform.Audit;

internal sealed class AuditSchema(AuditQueryShape shape) : ISchemaContribution
{
    public void AddQueries(ObjectGraphType query) => AuditTrailField.AddTo(query, shape);

    public void AddMutations(ObjectGraphType mutation)
    {
    }

    public IEnumerable<Type> SharedTypes => [typeof(AuditEntryType)];
}
