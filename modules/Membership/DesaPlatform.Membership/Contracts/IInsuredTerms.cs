namespace DesaPlatform.Membership.Contracts;

/// <summary>What a premium is computed from: an enrollment's scheme, programs and wage base.</summary>
public interface IInsuredTerms
{
    Scheme Scheme { get; }

    IReadOnlyCollection<SocialSecurityProgram> Programs { get; }

    decimal WageBase { get; }
}
