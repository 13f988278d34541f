using DesaPlatform.Membership.Domain;
using DesaPlatform.Membership.GraphQL;
using DesaPlatform.SharedKernel.GraphQL;

namespace DesaPlatform.Membership.Submissions.Approve;

internal sealed class ApproveSubmissionInputType() : SubmissionIdInputType("ApproveSubmissionInput");

internal sealed class ApproveSubmissionPayloadType() : PayloadType<SubmissionType, Submission>("ApproveSubmissionPayload", "submission");
