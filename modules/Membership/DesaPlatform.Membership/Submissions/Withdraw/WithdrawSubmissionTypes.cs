using DesaPlatform.Membership.Domain;
using DesaPlatform.Membership.GraphQL;
using DesaPlatform.SharedKernel.GraphQL;

namespace DesaPlatform.Membership.Submissions.Withdraw;

internal sealed class WithdrawSubmissionInputType() : SubmissionIdInputType("WithdrawSubmissionInput");

internal sealed class WithdrawSubmissionPayloadType() : PayloadType<SubmissionType, Submission>("WithdrawSubmissionPayload", "submission");
