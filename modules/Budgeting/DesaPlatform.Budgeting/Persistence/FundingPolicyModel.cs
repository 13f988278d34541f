using DesaPlatform.Budgeting.Contracts;
using DesaPlatform.Budgeting.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace DesaPlatform.Budgeting.Persistence;

internal static class FundingPolicyModel
{
    public static void Configure(ModelBuilder modelBuilder)
    {
        var policy = modelBuilder.Entity<FundingPolicy>();
        policy.ToTable("funding_policies");
        policy.Property(p => p.RegionCode).HasMaxLength(13);
        policy.Property(p => p.RegulationNumber).HasMaxLength(FundingPolicy.RegulationMaxLength);
        policy.Property(p => p.BpdAccountCode).HasMaxLength(FundingPolicy.AccountCodeMaxLength);
        policy.Property(p => p.Note).HasMaxLength(FundingPolicy.NoteMaxLength);
        policy.Property(p => p.Groups)
            .HasConversion(
                groups => GroupFundingJson.Write(groups),
                json => GroupFundingJson.Read(json),
                new ValueComparer<IReadOnlyList<GroupFunding>>(
                    (a, b) => GroupFundingJson.Write(a!) == GroupFundingJson.Write(b!), groups => GroupFundingJson.Write(groups).GetHashCode(),
                    groups => GroupFundingJson.Read(GroupFundingJson.Write(groups))));
        policy.Property(p => p.Version).IsConcurrencyToken();
        policy.HasIndex(p => new { p.RegionCode, p.Year }).IsUnique();
    }
}
