namespace DesaPlatform.SharedKernel.Access;

public static class DesaClaimTypes
{
    public const string Role = "desa:role";
    public const string RegionCode = "desa:region";
}
