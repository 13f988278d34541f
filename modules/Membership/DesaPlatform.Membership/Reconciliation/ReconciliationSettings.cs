using Microsoft.Extensions.Configuration;

namespace DesaPlatform.Membership.Reconciliation;

/// <summary><c>Reconciliation:FileRetentionDays</c>: how long an uploaded BPJS participant file is kept (default 90); the results stay after.</summary>
internal sealed class ReconciliationSettings(IConfiguration configuration)
{
    public int FileRetentionDays { get; } = configuration.GetValue("Reconciliation:FileRetentionDays", 90);
}
