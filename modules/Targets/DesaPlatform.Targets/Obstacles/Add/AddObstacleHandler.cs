using DesaPlatform.SharedKernel.Access;
using DesaPlatform.SharedKernel.GraphQL;
using DesaPlatform.Targets.Domain;
using DesaPlatform.Targets.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DesaPlatform.Targets.Obstacles.Add;

internal sealed class AddObstacleHandler(TargetsDbContext db, ICurrentUser user)
{
    // After the built-in entries, before "other".
    private const int ProvinceEntryOrder = 50;

    public async Task<Payload<Obstacle>> HandleAsync(AddObstacleInput input, CancellationToken cancellationToken)
    {
        var errors = MonevText.Errors(
            MonevText.Required(input.NameId, MonevModel.NameLength, "nameId", "Nama kendala (Bahasa Indonesia)"),
            MonevText.Required(input.NameEn, MonevModel.NameLength, "nameEn", "Nama kendala (bahasa Inggris)"));
        if (errors.Count > 0) return Payload<Obstacle>.Failure(errors);
        var nameId = MonevText.Clean(input.NameId)!;
        var names = await ObstacleCatalog.For(db, user).Select(o => o.NameId).ToListAsync(cancellationToken);
        if (names.Contains(nameId, StringComparer.OrdinalIgnoreCase))
            return Payload<Obstacle>.Failure(new UserError("OBSTACLE_EXISTS", $"Kendala “{nameId}” sudah ada dalam katalog.", "nameId")
                { Values = MessageValues.Of(("name", nameId)) });

        var obstacle = new Obstacle
        {
            Code = $"{user.Scope.RootCode}_{Guid.NewGuid():N}"[..16], RegionCode = user.Scope.RootCode!,
            NameId = nameId, NameEn = MonevText.Clean(input.NameEn)!, Order = ProvinceEntryOrder,
        };
        db.Obstacles.Add(obstacle);
        await db.SaveChangesAsync(cancellationToken);
        return Payload<Obstacle>.Success(obstacle);
    }
}
