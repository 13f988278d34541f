using DesaPlatform.Access.Users.Create;
using DesaPlatform.SharedKernel.Access;
using DesaPlatform.SharedKernel.GraphQL;
using DesaPlatform.SharedKernel.Regions;

namespace DesaPlatform.Access.Users.CreateNationalReader;

/// <summary>
/// A national reader is a viewer whose region is the whole country: it reads what any viewer reads, everywhere, and
/// writes nothing. Created like any account, so the delegation policy decides: only the system user may give it.
/// </summary>
internal sealed class NationalReaders(CreateUserHandler create) : INationalReaders
{
    public async Task<Payload<string>> CreateAsync(string userName, string fullName, CancellationToken cancellationToken)
    {
        var created = await create.HandleAsync(new CreateUserInput(userName, fullName, UserRole.Viewer, RegionCode.Country), cancellationToken);
        return created.Result is { } issued ? Payload<string>.Success(issued.InitialPassword) : Payload<string>.Failure(created.Errors);
    }
}
