import { graphql } from '../../gql';

/** The audit trail of the caller's scope, newest first, one page at a time. */
export const AuditTrailQuery = graphql(`
  query AuditTrail($where: AuditEntryFilterInput, $from: DateTime, $to: DateTime, $first: Int!, $after: String) {
    auditTrail(where: $where, from: $from, to: $to, first: $first, after: $after, order: [{ at: DESC }]) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        at
        userName
        role
        scope
        module
        entity
        entityId
        regionCode
        region {
          name
        }
        action
        before
        after
        requestId
      }
    }
  }
`);
