namespace DesaPlatform.SharedKernel.Access;

public sealed class OutOfScopeException(string regionCode)
    : InvalidOperationException($"Region {regionCode} is outside the caller's scope.")
{
    public string RegionCode { get; } = regionCode;
}
