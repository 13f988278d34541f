using DesaPlatform.Access.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DesaPlatform.Access.Users;

/// <summary>
/// Identity's user manager, counting every failed guess even when guesses arrive in parallel: they race to save the
/// same row, and Identity would drop the losers' counts (sign-in ignores the result), so that a burst of parallel
/// guesses counted as one or two. A lost race is re-read and counted again.
/// </summary>
internal sealed class DesaUserManager(
    IUserStore<DesaUser> store, IOptions<IdentityOptions> options, IPasswordHasher<DesaUser> hasher,
    IEnumerable<IUserValidator<DesaUser>> userValidators, IEnumerable<IPasswordValidator<DesaUser>> passwordValidators,
    ILookupNormalizer normalizer, IdentityErrorDescriber errors, IServiceProvider services, ILogger<UserManager<DesaUser>> log,
    AccessDbContext db)
    : UserManager<DesaUser>(store, options, hasher, userValidators, passwordValidators, normalizer, errors, services, log)
{
    private const int MaxSaveAttempts = 20;

    public override async Task<IdentityResult> AccessFailedAsync(DesaUser user)
    {
        for (var attempt = 1; ; attempt++)
        {
            var counted = await base.AccessFailedAsync(user);
            if (attempt == MaxSaveAttempts || counted.Errors.All(e => e.Code != nameof(IdentityErrorDescriber.ConcurrencyFailure)))
                return counted;
            await db.Entry(user).ReloadAsync();
        }
    }
}
