namespace DesaPlatform.Membership.Contracts;

/// <summary>Something waiting for the reader: a submission to review, a returned or reopened roster, an unsent draft, overdue follow-ups.</summary>
/// <param name="VillageCode">The region it is about (a regency's, for the regency's own budget plan).</param>
/// <param name="Year">The fiscal year, for what belongs to one (a budget plan).</param>
public sealed record Notification(string Kind, string Message, string VillageCode, Guid? SubmissionId, DateTime? At, int? Year = null);

/// <summary>
/// What a higher module has waiting for the reader (Targets: overdue monev actions), shown in the same list as the
/// roster workflow's: the list lives here, the arrow still points up.
/// </summary>
public interface INotificationSource
{
    Task<IReadOnlyList<Notification>> ForReaderAsync(DateTime now, CancellationToken cancellationToken);
}
