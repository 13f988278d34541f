namespace DesaPlatform.Tests.Integration.AccessMatrix;

/// <summary>
/// How to call one root field of the schema on a village (inside or outside the caller's scope), and what each role
/// must get: (inside, outside).
/// </summary>
public sealed record MatrixCase(
    string Field, string Document, Func<MatrixWorld, string, Task<object?>> Variables, IReadOnlyDictionary<string, (Outcome Inside, Outcome Outside)> Expected)
{
    private static readonly string[] SignedIn = ["ProvinceAdmin", "RegencyStaff", "VillageOperator", "Viewer", "BpjsOfficer", Actor.NationalReader];

    /// <summary>Region data every signed-in role reads inside its scope and never outside; the national reader, everywhere.</summary>
    public static IReadOnlyDictionary<string, (Outcome, Outcome)> ScopedRead()
    {
        var expected = For(SignedIn, (Outcome.Reached, Outcome.Hidden));
        expected[Actor.NationalReader] = (Outcome.Reached, Outcome.Reached);
        return expected;
    }

    /// <summary>
    /// Data of a region above the village (a district's monev meeting): as <see cref="ScopedRead"/>, but the village's
    /// operator, whose scope is the village alone, does not see it even inside.
    /// </summary>
    public static IReadOnlyDictionary<string, (Outcome, Outcome)> AboveTheVillage()
    {
        var expected = (Dictionary<string, (Outcome, Outcome)>)ScopedRead();
        expected["VillageOperator"] = (Outcome.Hidden, Outcome.Hidden);
        return expected;
    }

    /// <summary>Only these roles get through the gate; inside their scope they reach the object, outside they find nothing.</summary>
    public static IReadOnlyDictionary<string, (Outcome, Outcome)> Only(params string[] roles) => For(roles, (Outcome.Reached, Outcome.Hidden));

    /// <summary>Not region data (reference tables, one's own account): every signed-in role, wherever.</summary>
    public static IReadOnlyDictionary<string, (Outcome, Outcome)> AnySignedIn() => For(SignedIn, (Outcome.Reached, Outcome.Reached));

    /// <summary>Reference data these roles keep, not a region's rows (the obstacle catalog, the rate table): reached wherever their scope.</summary>
    public static IReadOnlyDictionary<string, (Outcome, Outcome)> ReferenceData(params string[] roles) => For(roles, (Outcome.Reached, Outcome.Reached));

    private static Dictionary<string, (Outcome, Outcome)> For(string[] roles, (Outcome, Outcome) allowed) =>
        Actor.All.ToDictionary(a => a.Role, a => roles.Contains(a.Role) ? allowed : (Outcome.Refused, Outcome.Refused));
}
