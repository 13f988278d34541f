import { graphql } from '../../gql';

export const LaggingVillagesQuery = graphql(`
  query LaggingVillages(
    $regionCode: String!
    $segment: String!
    $kind: LagKind!
    $within: String
    $orderBy: LagOrder
    $descending: Boolean
    $first: Int
    $after: String
  ) {
    laggingVillages(
      regionCode: $regionCode
      segment: $segment
      kind: $kind
      within: $within
      orderBy: $orderBy
      descending: $descending
      first: $first
      after: $after
    ) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        code
        name
        districtName
        regencyName
        inOffice
        covered
        coveragePercent
        target {
          percent
          setFor
        }
        lastApprovedAt
      }
    }
  }
`);

export const LagAreasQuery = graphql(`
  query LagAreas($code: String!) {
    region(code: $code) {
      code
      name
      level
      children(first: 200) {
        nodes {
          code
          name
          level
        }
      }
    }
  }
`);
