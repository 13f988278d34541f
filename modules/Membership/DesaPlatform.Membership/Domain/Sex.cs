namespace DesaPlatform.Membership.Domain;

internal enum Sex
{
    Male,
    Female,
}
