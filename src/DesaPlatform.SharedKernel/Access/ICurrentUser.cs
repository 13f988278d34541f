namespace DesaPlatform.SharedKernel.Access;

/// <summary>Who is calling, for this request. Anonymous callers have an empty scope.</summary>
public interface ICurrentUser
{
    bool IsAuthenticated { get; }
    string? UserName { get; }
    UserRole? Role { get; }
    RegionScope Scope { get; }

    /// <summary>Set while the user must first change their password or turn on two-factor sign-in.</summary>
    AccountSetupStep? PendingSetup { get; }

    /// <summary>The HTTP request this work belongs to (for the audit trail); null outside a request.</summary>
    string? RequestId { get; }
}
