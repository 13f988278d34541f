namespace DesaPlatform.Membership.Contracts;

/// <summary>
/// The enrollments a set of roster entries pays for on a day, grouped by what prices them, so that a module that
/// puts a premium on the figures needs one quote per group.
/// </summary>
public interface IPayableEnrollments
{
    DateOnly On { get; }

    IReadOnlyList<PayableEnrollments> Payable { get; }
}

/// <summary>How many active enrollments of people in office share one scheme, program set and wage base.</summary>
public sealed record PayableEnrollments(Scheme Scheme, IReadOnlyCollection<SocialSecurityProgram> Programs, decimal WageBase, int Count)
    : IInsuredTerms;
