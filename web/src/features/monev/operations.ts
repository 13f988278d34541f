import { graphql } from '../../gql';

/** A follow-up as every monev page shows it: what, who, by when, how far, with its dated steps. */
export const FollowUpActionFields = graphql(`
  fragment FollowUpActionFields on FollowUpAction {
    id
    what
    owner
    ownerName
    dueDate
    status
    isOverdue
    updates {
      at
      by
      note
      status
    }
  }
`);

/** A finding with its desa, obstacle and actions. */
export const MonevFindingFields = graphql(`
  fragment MonevFindingFields on MonevFinding {
    id
    villageCode
    village {
      name
    }
    segment
    obstacle {
      code
      nameId
      nameEn
    }
    note
    isOpen
    recordedBy
    recordedAt
    actions {
      ...FollowUpActionFields
    }
  }
`);

/** The meetings held for regions of the user's scope, latest first. */
export const MonevMeetingsQuery = graphql(`
  query MonevMeetings($first: Int, $after: String, $where: MonevMeetingFilterInput, $order: [MonevMeetingSortInput!]) {
    monevMeetings(first: $first, after: $after, where: $where, order: $order) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        regionCode
        region {
          name
        }
        date
        place
        findings {
          id
          isOpen
        }
      }
    }
  }
`);

/** One meeting with everything a monev report needs: findings, actions, owners, due dates, progress. */
export const MonevMeetingQuery = graphql(`
  query MonevMeeting($id: ID!) {
    monevMeeting(id: $id) {
      id
      regionCode
      region {
        name
        level
      }
      date
      place
      participants
      summary
      recordedBy
      findings {
        ...MonevFindingFields
      }
    }
  }
`);

/** The findings about one desa (a desa operator's own), with their actions. */
export const VillageFindingsQuery = graphql(`
  query VillageFindings($villageCode: String!, $first: Int, $after: String) {
    monevFindings(first: $first, after: $after, where: { villageCode: { eq: $villageCode } }, order: [{ recordedAt: DESC }]) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...MonevFindingFields
        meeting {
          id
          date
          place
        }
      }
    }
  }
`);

/** Actions past their due date and still open, the longest overdue first. */
export const OverdueActionsQuery = graphql(`
  query OverdueActions($regionCode: String!, $first: Int, $after: String) {
    overdueActions(regionCode: $regionCode, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        what
        owner
        ownerName
        dueDate
        status
        villageCode
        village {
          name
        }
        finding {
          meetingId
        }
      }
    }
  }
`);

/** The obstacle catalog: the built-in entries and the province's own. */
export const ObstaclesQuery = graphql(`
  query Obstacles {
    obstacles {
      code
      nameId
      nameEn
      isBuiltIn
    }
  }
`);

/** Desa of the meeting's region matching what was typed, for the finding form. */
export const MonevVillagesQuery = graphql(`
  query MonevVillages($where: RegionFilterInput!) {
    regions(where: $where, first: 20) {
      nodes {
        code
        name
      }
    }
  }
`);

export const RecordMonevMeetingMutation = graphql(`
  mutation RecordMonevMeeting($input: RecordMonevMeetingInput!) {
    recordMonevMeeting(input: $input) {
      meeting {
        id
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const AddMonevFindingMutation = graphql(`
  mutation AddMonevFinding($input: AddMonevFindingInput!) {
    addMonevFinding(input: $input) {
      finding {
        id
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const AddFollowUpActionMutation = graphql(`
  mutation AddFollowUpAction($input: AddFollowUpActionInput!) {
    addFollowUpAction(input: $input) {
      action {
        id
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const ChangeActionStatusMutation = graphql(`
  mutation ChangeActionStatus($input: ChangeActionStatusInput!) {
    changeActionStatus(input: $input) {
      action {
        ...FollowUpActionFields
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const AddActionNoteMutation = graphql(`
  mutation AddActionNote($input: AddActionNoteInput!) {
    addActionNote(input: $input) {
      action {
        ...FollowUpActionFields
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const VillageNameQuery = graphql(`
  query MonevVillageName($code: String!) {
    region(code: $code) {
      code
      name
    }
  }
`);

export const AddObstacleMutation = graphql(`
  mutation AddObstacle($input: AddObstacleInput!) {
    addObstacle(input: $input) {
      obstacle {
        code
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);
