using DesaPlatform.SharedKernel.Access;

namespace DesaPlatform.Access.Users.Create;

internal sealed record CreateUserInput(
    string UserName, string FullName, UserRole Role, string RegionCode, string? Email = null, string? PhoneNumber = null);
