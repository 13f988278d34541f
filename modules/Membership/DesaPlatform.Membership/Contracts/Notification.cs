namespace DesaPlatform.Membership.Contracts;

/// <summary>Something waiting for the reader: a submission to review, a returned or reopened roster, an unsent draft, overdue follow-ups.</summary>
public sealed record Notification(string Kind, string Message, string VillageCode, Guid? SubmissionId, DateTime? At);

/// <summary>
/// What a higher module has waiting for the reader (Targets: overdue monev actions), shown in the same list as the
/// roster workflow's: the list lives here, the arrow still points up.
/// </summary>
public interface INotificationSource
{
    Task<IReadOnlyList<Notification>> ForReaderAsync(DateTime now, CancellationToken cancellationToken);
}
