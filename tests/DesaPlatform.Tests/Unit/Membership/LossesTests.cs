using DesaPlatform.Membership.Contracts;
using DesaPlatform.Membership.Domain;

namespace DesaPlatform.Tests.Unit.Membership;

/// <summary>What a change takes away from a person: the import's warnings are built on it.</summary>
public sealed class LossesTests
{
    private static readonly EnrollmentData Active = new("12345678901", Scheme.Pu, [SocialSecurityProgram.Jkk, SocialSecurityProgram.Jkm],
        2_000_000m, new DateOnly(2024, 2, 1), EnrollmentStatus.Active);

    private static PersonData Stated(DateOnly? termEnd = null, EnrollmentData? enrollment = null) => new(
        "Warga", "6101011708800001", Sex.Male, new DateOnly(1980, 8, 17), null, "kepala_desa", new DateOnly(2024, 1, 1), termEnd, null, null,
        Appointment.Definitive, enrollment, null);

    private static List<string> LostFields(PersonData before, PersonData after) => Losses.Between(before, after).Select(l => l.Field).ToList();

    [Fact]
    public void Ending_or_shortening_a_term_is_a_loss_and_lengthening_it_is_not()
    {
        Assert.Equal(["termEnd"], LostFields(Stated(), Stated(termEnd: new DateOnly(2026, 6, 30))));
        Assert.Equal(["termEnd"], LostFields(Stated(termEnd: new DateOnly(2030, 1, 1)), Stated(termEnd: new DateOnly(2026, 6, 30))));
        Assert.Empty(LostFields(Stated(termEnd: new DateOnly(2026, 6, 30)), Stated()));
    }

    [Fact]
    public void A_status_stepping_down_dropped_programs_or_a_removed_enrollment_are_losses_and_gains_are_not()
    {
        var before = Stated(enrollment: Active);
        Assert.Equal(["enrollment.status"], LostFields(before, Stated(enrollment: Active with { Status = EnrollmentStatus.Inactive })));
        Assert.Equal(["enrollment.programs"], LostFields(before, Stated(enrollment: Active with { Programs = [SocialSecurityProgram.Jkk] })));
        Assert.Equal(["enrollment.kpj", "enrollment.programs", "enrollment.status"], LostFields(before, Stated()).Order());
        Assert.Empty(LostFields(before, Stated(enrollment: Active with { Programs = [.. Active.Programs, SocialSecurityProgram.Jht] })));
        Assert.Empty(LostFields(Stated(enrollment: Active with { Status = EnrollmentStatus.Ended }), before));
        Assert.Empty(LostFields(Stated(), before));
    }
}
