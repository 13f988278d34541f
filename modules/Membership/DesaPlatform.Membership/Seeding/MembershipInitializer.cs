using DesaPlatform.Membership.Domain;
using DesaPlatform.Membership.Persistence;
using DesaPlatform.SharedKernel.Modules;

namespace DesaPlatform.Membership.Seeding;

internal sealed class MembershipInitializer(MembershipDbContext db) : ReferenceDataInitializer<MembershipDbContext, Position>(db)
{
    protected override IEnumerable<Position> ReferenceData() => PositionCatalog.All();
}
