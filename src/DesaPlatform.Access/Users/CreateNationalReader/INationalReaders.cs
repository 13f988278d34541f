using DesaPlatform.SharedKernel.GraphQL;

namespace DesaPlatform.Access.Users.CreateNationalReader;

/// <summary>The host's way to create a national reader (<c>create national-reader USERNAME</c>), acting as the system user.</summary>
public interface INationalReaders
{
    /// <summary>Creates the account; the result is its one-time password, shown once. Or why not (a taken or bad name).</summary>
    Task<Payload<string>> CreateAsync(string userName, string fullName, CancellationToken cancellationToken);
}
