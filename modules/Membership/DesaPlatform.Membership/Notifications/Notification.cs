namespace DesaPlatform.Membership.Notifications;

/// <summary>Something waiting for the reader: a submission to review, a returned or reopened roster, an unsent draft.</summary>
internal sealed record Notification(string Kind, string Message, string VillageCode, Guid? SubmissionId, DateTime? At);
