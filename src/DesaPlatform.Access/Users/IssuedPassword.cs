namespace DesaPlatform.Access.Users;

/// <summary>An account and the one-time password it was just given: shown in this answer only, never stored in clear.</summary>
internal sealed record IssuedPassword(DesaUser User, string InitialPassword);
