using DesaPlatform.SharedKernel.Access;
using DesaPlatform.SharedKernel.GraphQL;
using DesaPlatform.SharedKernel.Modules;
using DesaPlatform.Targets.Domain;
using DesaPlatform.Targets.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DesaPlatform.Targets.FollowUps.Add;

internal sealed class AddActionHandler(TargetsDbContext db, ICurrentUser user, IClock clock)
{
    public async Task<Payload<FollowUpAction>> HandleAsync(AddActionInput input, CancellationToken cancellationToken)
    {
        var finding = await db.MonevFindings.AsNoTracking().FirstOrDefaultAsync(f => f.Id == input.FindingId, cancellationToken);
        if (finding is null) return Payload<FollowUpAction>.Failure(UserError.NotFound("findingId"));
        var named = input.Owner == ActionOwner.Other;
        var errors = MonevText.Errors(
            MonevText.Required(input.What, MonevModel.WhatLength, "what", "Tindak lanjut"),
            named ? MonevText.Required(input.OwnerName, MonevModel.NameLength, "ownerName", "Nama penanggung jawab") : null);
        if (errors.Count > 0) return Payload<FollowUpAction>.Failure(errors);

        var action = new FollowUpAction
        {
            FindingId = finding.Id, RegionCode = finding.RegionCode, What = MonevText.Clean(input.What)!, Owner = input.Owner,
            OwnerName = named ? MonevText.Clean(input.OwnerName) : null, DueDate = input.DueDate,
            RecordedBy = user.UserName!, RecordedAt = clock.UtcNow,
        };
        db.FollowUpActions.Add(action);
        await db.SaveChangesAsync(cancellationToken);
        return Payload<FollowUpAction>.Success(action);
    }
}
