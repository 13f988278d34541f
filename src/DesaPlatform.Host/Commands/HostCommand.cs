namespace DesaPlatform.Host.Commands;

/// <summary>
/// The command-line tasks next to serving:
/// <c>import regions FILE.csv [--dry-run]</c> and <c>export regions FILE.csv [--root CODE]</c>.
/// </summary>
internal sealed record HostCommand(string Verb, string Subject, string File, bool DryRun, string? Root)
{
    public const string Usage = """
        Usage:
          dotnet run --project src/DesaPlatform.Host -- import regions FILE.csv [--dry-run]
          dotnet run --project src/DesaPlatform.Host -- export regions FILE.csv [--root CODE]
        """;

    /// <summary>Null when the arguments ask to serve; a command with an empty verb when they are a malformed command.</summary>
    public static HostCommand? Parse(string[] args)
    {
        if (args.Length == 0 || args[0] is not ("import" or "export")) return null;
        if (args.Length < 3 || args[1] != "regions") return new HostCommand("", "", "", false, null);
        var options = args[3..];
        var dryRun = options.Contains("--dry-run");
        var rootIndex = Array.IndexOf(options, "--root");
        var root = rootIndex >= 0 && rootIndex + 1 < options.Length ? options[rootIndex + 1] : null;
        var known = options.Length == (dryRun ? 1 : 0) + (root is null ? 0 : 2);
        var fits = known && (args[0] == "import" ? root is null : !dryRun);
        return fits ? new HostCommand(args[0], args[1], args[2], dryRun, root) : new HostCommand("", "", "", false, null);
    }
}
