import type { SubmissionReviewQuery as ReviewData } from '../../gql/graphql';

export type ReviewedSubmission = NonNullable<ReviewData['submission']>;
export type Change = ReviewedSubmission['changes'][number];
export type Position = ReviewData['positions'][number];
