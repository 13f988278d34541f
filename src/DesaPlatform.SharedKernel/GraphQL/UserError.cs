namespace DesaPlatform.SharedKernel.GraphQL;

/// <summary>A validation failure returned as data: what is wrong (<see cref="Code"/>), in words, and which input field.</summary>
public sealed record UserError(string Code, string Message, string? Field = null)
{
    public static UserError NotFound(string field) => new("NOT_FOUND", "Data tidak ditemukan.", field);
}
