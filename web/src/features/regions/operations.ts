import { graphql } from '../../gql';

/** The searchable list of the browser page: regions in the user's scope, by code. */
export const RegionSearchQuery = graphql(`
  query RegionSearch($where: RegionFilterInput, $first: Int!, $after: String, $includeRetired: Boolean) {
    regions(where: $where, first: $first, after: $after, order: [{ code: ASC }], includeRetired: $includeRetired) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...RegionRow
        ancestors {
          code
          name
        }
      }
    }
  }

  fragment RegionRow on Region {
    code
    name
    level
    kind
    retiredOn
  }
`);

/** One page of a region's children: for the tree (200 at a time) and the region page's table. */
export const RegionChildrenQuery = graphql(`
  query RegionChildren($code: String!, $first: Int!, $after: String, $includeRetired: Boolean) {
    region(code: $code) {
      code
      children(first: $first, after: $after, order: [{ code: ASC }], includeRetired: $includeRetired) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          ...RegionRow
        }
      }
    }
  }
`);

export const RegionDetailQuery = graphql(`
  query RegionDetail($code: String!) {
    region(code: $code) {
      ...RegionRow
      parentCode
      ancestors {
        code
        name
      }
      counts {
        level
        kind
        count
      }
      history {
        kind
        oldValue
        newValue
        changedAt
        changedBy
        source
      }
    }
  }
`);

export const ImportRegionsMutation = graphql(`
  mutation ImportRegions($input: ImportRegionsInput!, $changes: Int!) {
    importRegions(input: $input) {
      report {
        rows
        unchanged
        added
        renamed
        reclassified
        retired
        restored
        applied
        refused
        changes(first: $changes) {
          code
          name
          kind
          oldValue
          newValue
        }
        problemCount
        problemKinds {
          code
          count
          first {
            line
            column
            code
            message
            messageEn
          }
        }
        problems(first: 2000) {
          line
          column
          code
          message
          messageEn
        }
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);
