namespace DesaPlatform.SharedKernel.Access;

/// <summary>Who is calling, for this request. Anonymous callers have an empty scope.</summary>
public interface ICurrentUser
{
    bool IsAuthenticated { get; }
    string? UserName { get; }
    UserRole? Role { get; }
    RegionScope Scope { get; }
}
