import { graphql } from '../../gql';

export const CoverageQuery = graphql(`
  query Coverage($regionCode: String!, $year: Int!) {
    coverage(regionCode: $regionCode, year: $year) {
      year
      asOf
      region {
        code
        name
        level
      }
      target {
        indicator
        percent
      }
      total {
        ...CoverageFiguresRow
      }
      byRegion {
        ...CoverageFiguresRow
      }
      bySegment {
        segment
        peopleInOffice
        peopleCovered
        coveragePercent
      }
      pendingChanges
    }
  }

  fragment CoverageFiguresRow on CoverageFigures {
    regionCode
    regionName
    peopleInOffice
    peopleCovered
    coveragePercent
    villages
    villagesWithCoverage
  }
`);
