using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace DesaPlatform.SharedKernel.Persistence;

/// <summary>Every stored instant is UTC; SQLite forgets the kind on the way back, so it is put back on read.</summary>
public sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    value => value.ToUniversalTime(),
    value => DateTime.SpecifyKind(value, DateTimeKind.Utc));
