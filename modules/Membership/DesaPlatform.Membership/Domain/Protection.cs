using DesaPlatform.Membership.Contracts;

namespace DesaPlatform.Membership.Domain;

/// <summary>
/// What protects a person, in the roster and at BPJS alike: a membership that is active with at least JKK and JKM. A
/// participant BPJS lists as active with JKK alone is not protected, so neither covered in the roster nor verified.
/// </summary>
internal static class Protection
{
    public static readonly IReadOnlyList<SocialSecurityProgram> RequiredPrograms = [SocialSecurityProgram.Jkk, SocialSecurityProgram.Jkm];

    public static bool Protects(bool active, IEnumerable<SocialSecurityProgram> programs) => active && RequiredPrograms.All(programs.Contains);
}
