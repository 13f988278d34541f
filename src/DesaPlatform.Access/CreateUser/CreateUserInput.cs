using DesaPlatform.SharedKernel.Access;

namespace DesaPlatform.Access.CreateUser;

internal sealed record CreateUserInput(
    string UserName, string FullName, UserRole Role, string RegionCode, string? Email = null, string? PhoneNumber = null);
