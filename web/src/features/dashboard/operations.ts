import { graphql } from '../../gql';

export const CoverageQuery = graphql(`
  query Coverage($regionCode: String!, $year: Int!) {
    coverage(regionCode: $regionCode, year: $year) {
      year
      asOf
      asOfDate
      region {
        code
        name
        level
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
    villagesWithApprovedRoster
    indicators {
      ...IndicatorFigureFields
    }
  }

  fragment IndicatorFigureFields on IndicatorFigure {
    indicator {
      code
      kind
      nameId
      nameEn
      formulaId
      formulaEn
      sourceId
      sourceEn
      lowerIsBetter
    }
    numerator
    denominator
    value
    gap
    onTrack
    period
    source
    sourceDate
    verified {
      numerator
      declaredNumerator
      denominator
      value
      declaredValue
      villagesListed
      oldestList
      newestList
    }
    target {
      percent
      setFor
      inherited
      setForRegion {
        name
      }
    }
  }
`);

export const IndicatorSeriesQuery = graphql(`
  query IndicatorSeries($regionCode: String!, $indicator: String!) {
    indicatorSeries(regionCode: $regionCode, indicator: $indicator, months: 24) {
      points {
        asOfDate
        value
      }
      targets {
        year
        target {
          percent
        }
      }
      trendPerMonth
      projections {
        year
        target
        projectedValue
        onTrack
        monthsLeft
        unitsNeeded
        unitsPerMonth
      }
    }
  }
`);
