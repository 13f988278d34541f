using DesaPlatform.SharedKernel.Regions;

namespace DesaPlatform.SharedKernel.Access;

/// <summary>
/// The request-scoped holder behind <see cref="ICurrentUser"/>. It starts anonymous (sees nothing);
/// the host fills it from the authenticated principal, start-up jobs switch it to <see cref="ActAsSystem"/>.
/// </summary>
public sealed class CurrentUser : ICurrentUser
{
    public bool IsAuthenticated { get; private set; }
    public string? UserName { get; private set; }
    public UserRole? Role { get; private set; }
    public RegionScope Scope { get; private set; } = RegionScope.Nothing;
    public AccountSetupStep? PendingSetup { get; private set; }

    public void SignIn(string userName, UserRole role, string regionCode, AccountSetupStep? pendingSetup = null)
    {
        IsAuthenticated = true;
        UserName = userName;
        Role = role;
        // The national scope is a reader's: an account of any other role on the country (which no one can give) sees nothing.
        Scope = regionCode == RegionCode.Country && role != UserRole.Viewer ? RegionScope.Nothing : RegionScope.Under(regionCode);
        PendingSetup = pendingSetup;
    }

    /// <summary>
    /// An anonymous request signing an account in: what it saves from here (failed attempts, a lockout, the last
    /// sign-in) is recorded under the account's name and role, not as "anonymous". It still sees nothing.
    /// </summary>
    public void SigningIn(string userName, UserRole role)
    {
        UserName = userName;
        Role = role;
    }

    public void ActAsSystem()
    {
        IsAuthenticated = true;
        UserName = "system";
        Role = null;
        Scope = RegionScope.Everything;
        PendingSetup = null;
    }

    public string? RequestId { get; private set; }

    public void BelongsToRequest(string requestId) => RequestId = requestId;
}
