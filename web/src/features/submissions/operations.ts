import { graphql } from '../../gql';

/**
 * The inbox (regency: oldest first) or a village's history (newest first): status and district filters. Also what
 * "approve all without warnings" would find in a region, for its confirmation (paged through).
 */
export const SubmissionsQuery = graphql(`
  query Submissions($first: Int, $after: String, $where: SubmissionFilterInput, $order: [SubmissionSortInput!]) {
    submissions(first: $first, after: $after, where: $where, order: $order) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        villageCode
        village {
          name
        }
        status
        submittedAt
        submittedBy
        waitingDays
        reviewedAt
        reviewedBy
        reason
        peopleCount
        addedCount
        changedCount
        endedCount
        needsCloserLook
        warningCount
        importedBy
        importedFrom
      }
    }
  }
`);

/**
 * The regions right under the user's own (the districts of a regency), for the inbox filter; of the area chosen, its
 * name for the bulk approval's confirmation.
 */
export const SubmissionAreasQuery = graphql(`
  query SubmissionAreas($code: String!) {
    region(code: $code) {
      code
      name
      level
      children(first: 200) {
        nodes {
          code
          name
        }
      }
    }
  }
`);

/** What the review page shows of one change; the first page and every further page ask for the same. */
export const ReviewChangeFragment = graphql(`
  fragment ReviewChange on RosterChange {
    kind
    person {
      id
      fullName
      nik
      position {
        code
        name
      }
      reviewComment
      warnings {
        code
        message
        date
        villages
        note
      }
      nikConflicts {
        villageCode
        villageName
        positionCode
      }
    }
    before {
      position {
        name
      }
    }
    fields {
      field
      before
      after
    }
  }
`);

/** One submission to review: what it changes, each entry's warnings and NIK conflicts, and its steps. */
export const SubmissionReviewQuery = graphql(`
  query SubmissionReview($id: ID!, $first: Int, $offset: Int) {
    submission(id: $id) {
      id
      villageCode
      village {
        name
      }
      status
      submittedAt
      submittedBy
      importedBy
      importedFrom
      waitingDays
      reviewedAt
      reviewedBy
      reason
      peopleCount
      addedCount
      changedCount
      endedCount
      events {
        kind
        at
        by
        reason
        changes
      }
      comments {
        entryId
        fullName
        comment
      }
      changes(first: $first, offset: $offset) {
        ...ReviewChange
      }
    }
    positions {
      code
      name
    }
  }
`);

/** Only the next page of changes (the submission carries more than one page). */
export const SubmissionChangesPageQuery = graphql(`
  query SubmissionChangesPage($id: ID!, $first: Int, $offset: Int) {
    submission(id: $id) {
      id
      changes(first: $first, offset: $offset) {
        ...ReviewChange
      }
    }
  }
`);

/** Every step of every submission of one village, oldest first. */
export const VillageTimelineQuery = graphql(`
  query VillageTimeline($villageCode: String!) {
    timeline(first: 100, where: { villageCode: { eq: $villageCode } }, order: [{ at: ASC }]) {
      totalCount
      nodes {
        submissionId
        kind
        at
        by
        reason
        changes
      }
    }
  }
`);

export const ApproveSubmissionMutation = graphql(`
  mutation ApproveSubmission($input: ApproveSubmissionInput!) {
    approveSubmission(input: $input) {
      submission {
        id
        status
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const ReturnSubmissionMutation = graphql(`
  mutation ReturnSubmission($input: ReturnSubmissionInput!) {
    returnSubmission(input: $input) {
      submission {
        id
        status
        reason
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const ReopenSubmissionMutation = graphql(`
  mutation ReopenSubmission($input: ReopenSubmissionInput!) {
    reopenSubmission(input: $input) {
      submission {
        id
        status
        reason
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);


export const ApproveSubmissionsMutation = graphql(`
  mutation ApproveSubmissions($input: ApproveSubmissionsInput!) {
    approveSubmissions(input: $input) {
      summary {
        approvedCount
        approved
        left {
          submissionId
          villageCode
          reason
        }
      }
      errors {
        code
        message
        field
      }
    }
  }
`);
