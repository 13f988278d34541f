using GraphQL;
using GraphQL.Execution;

namespace DesaPlatform.Host.GraphQL.Scalars;

/// <summary>
/// graphql-dotnet words a refused variable "Variable '$input.termStart' is invalid. Unable to convert … to 'Date'" and
/// keeps the scalar's reason only as the inner exception; this adds the reason, so the caller reads what is wrong.
/// </summary>
internal sealed class ScalarReasonErrors : ErrorInfoProvider
{
    public override ErrorInfo GetInfo(ExecutionError executionError)
    {
        var info = base.GetInfo(executionError);
        return executionError.InnerException is InputRefusedException refused ? info with { Message = $"{info.Message}: {refused.Message}" } : info;
    }
}
