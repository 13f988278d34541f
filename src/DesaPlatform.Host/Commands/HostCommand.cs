namespace DesaPlatform.Host.Commands;

/// <summary>
/// The command-line tasks next to serving: <c>import regions FILE.csv [--dry-run]</c>, <c>export regions FILE.csv
/// [--root CODE]</c>, <c>create national-reader USERNAME [--name "FULL NAME"]</c> and <c>rebuild coverage</c>.
/// <see cref="Operand"/> is the file, or the user name.
/// </summary>
internal sealed record HostCommand(string Verb, string Subject, string Operand, bool DryRun, string? Root, string? FullName = null)
{
    public const string Usage = """
        Usage:
          dotnet run --project src/DesaPlatform.Host -- import regions FILE.csv [--dry-run]
          dotnet run --project src/DesaPlatform.Host -- export regions FILE.csv [--root CODE]
          dotnet run --project src/DesaPlatform.Host -- create national-reader USERNAME [--name "FULL NAME"]
          dotnet run --project src/DesaPlatform.Host -- rebuild coverage
        """;

    private static readonly HostCommand Malformed = new("", "", "", false, null);

    /// <summary>Null when the arguments ask to serve; a command with an empty verb when they are a malformed command.</summary>
    public static HostCommand? Parse(string[] args)
    {
        if (args.Length == 0 || args[0] is not ("import" or "export" or "create" or "rebuild")) return null;
        if (args[0] == "create") return ParseCreate(args);
        if (args[0] == "rebuild") return args is [_, "coverage"] ? new HostCommand("rebuild", "coverage", "", false, null) : Malformed;
        if (args.Length < 3 || args[1] != "regions") return Malformed;
        var options = args[3..];
        var dryRun = options.Contains("--dry-run");
        var rootIndex = Array.IndexOf(options, "--root");
        var root = rootIndex >= 0 && rootIndex + 1 < options.Length ? options[rootIndex + 1] : null;
        var known = options.Length == (dryRun ? 1 : 0) + (root is null ? 0 : 2);
        var fits = known && (args[0] == "import" ? root is null : !dryRun);
        return fits ? new HostCommand(args[0], args[1], args[2], dryRun, root) : Malformed;
    }

    private static HostCommand ParseCreate(string[] args) => args switch
    {
        ["create", "national-reader", var userName] => new HostCommand("create", "national-reader", userName, false, null),
        ["create", "national-reader", var userName, "--name", var fullName] =>
            new HostCommand("create", "national-reader", userName, false, null, fullName),
        _ => Malformed,
    };
}
