using GraphQL.Types;

namespace DesaPlatform.SharedKernel.GraphQL;

/// <summary>A mutation payload: <c>{ resultField: Result, errors: [UserError!]! }</c>.</summary>
public abstract class PayloadType<TResultGraph, TResult> : ObjectGraphType<Payload<TResult>>
    where TResultGraph : IGraphType
    where TResult : class
{
    protected PayloadType(string name, string resultField)
    {
        Name = name;
        Field<TResultGraph>(resultField).Resolve(ctx => ctx.Source.Result);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorType>>>>("errors").Resolve(ctx => ctx.Source.Errors);
    }
}
