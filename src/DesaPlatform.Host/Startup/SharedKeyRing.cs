using Microsoft.AspNetCore.DataProtection;

namespace DesaPlatform.Host.Startup;

/// <summary>
/// Sign-in cookies and bearer tokens are sealed with the Data Protection key ring. Hosts behind one load balancer must
/// share it, or a cookie issued by one host is refused by the next: one application name (the default is the content
/// root path, which differs between deployments) and, with <c>DataProtection:KeysDirectory</c>, one key directory on a
/// volume every host mounts (without it each host keeps keys in its user's profile, shared only by hosts of one
/// machine and user).
/// </summary>
internal static class SharedKeyRing
{
    public static void AddSharedKeyRing(this IServiceCollection services, IConfiguration configuration)
    {
        var dataProtection = services.AddDataProtection().SetApplicationName("DesaPlatform");
        if (configuration["DataProtection:KeysDirectory"] is { Length: > 0 } directory)
            dataProtection.PersistKeysToFileSystem(new DirectoryInfo(directory));
    }
}
