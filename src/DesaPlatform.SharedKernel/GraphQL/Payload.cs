namespace DesaPlatform.SharedKernel.GraphQL;

/// <summary>The result of a mutation: the changed object, or the user errors that stopped it (then nothing was saved).</summary>
public sealed record Payload<T>(T? Result, IReadOnlyList<UserError> Errors) where T : class
{
    public static Payload<T> Success(T result) => new(result, []);
    public static Payload<T> Failure(IReadOnlyList<UserError> errors) => new(null, errors);
    public static Payload<T> Failure(UserError error) => new(null, [error]);
}
