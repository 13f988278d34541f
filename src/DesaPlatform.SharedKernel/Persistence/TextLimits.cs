using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace DesaPlatform.SharedKernel.Persistence;

/// <summary>
/// Checks every text about to be saved against its column: its length (PostgreSQL refuses a longer one, SQLite would
/// keep it) and the NUL character (PostgreSQL cannot store it). The use cases check their inputs first, with errors
/// naming the field; this is the net under them, so that no database ever decides — and nothing is saved half-way.
/// </summary>
public sealed class TextLimits : SaveChangesInterceptor
{
    public static readonly TextLimits Instance = new();

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Check(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        Check(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private static void Check(DbContext? context)
    {
        if (context is null) return;
        foreach (var entry in context.ChangeTracker.Entries().Where(e => e.State is EntityState.Added or EntityState.Modified))
        {
            foreach (var property in entry.Properties.Where(p => p.CurrentValue is string && (entry.State == EntityState.Added || p.IsModified)))
                Check(entry, property, (string)property.CurrentValue!);
        }
    }

    private static void Check(EntityEntry entry, PropertyEntry property, string text)
    {
        var name = $"{entry.Metadata.ClrType.Name}.{property.Metadata.Name}";
        if (text.Contains('\0')) throw new TextRefusedException($"Teks {name} berisi karakter NUL.");
        if (property.Metadata.GetMaxLength() is { } max && text.Length > max)
            throw new TextRefusedException($"Teks {name} terlalu panjang: {text.Length} karakter, paling banyak {max}.");
    }
}

/// <summary>A text that its column cannot hold (the message names the entity and property); nothing of the save was written.</summary>
public sealed class TextRefusedException(string message) : Exception(message);
