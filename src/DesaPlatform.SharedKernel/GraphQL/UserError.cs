namespace DesaPlatform.SharedKernel.GraphQL;

/// <summary>
/// A validation failure returned as data: what is wrong (<see cref="Code"/>), in words (Bahasa Indonesia), which input
/// field, and the values the words name (<see cref="Values"/>), so that the portal can word it in either language.
/// </summary>
public sealed record UserError(string Code, string Message, string? Field = null)
{
    public IReadOnlyDictionary<string, string> Values { get; init; } = MessageValues.None;

    public static UserError NotFound(string field) => new("NOT_FOUND", "Data tidak ditemukan.", field);

    /// <summary>A region code that does not exist or lies outside the caller's scope: the two look the same on purpose.</summary>
    public static UserError UnknownRegion(string code, string field) =>
        new("UNKNOWN_REGION", $"Wilayah '{code}' tidak dikenal atau di luar wilayah Anda.", field) { Values = MessageValues.Of(("region", code)) };
}
