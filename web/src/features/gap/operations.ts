import { graphql } from '../../gql';

export const BudgetGapQuery = graphql(`
  query BudgetGap($regionCode: String!, $year: Int!) {
    budgetGap(regionCode: $regionCode, year: $year) {
      regionCode
      regionName
      year
      rosterAsOf
      paidThrough
      total {
        ...BudgetGapRowFields
      }
      children {
        ...BudgetGapRowFields
      }
    }
  }

  fragment BudgetGapRowFields on BudgetGapRow {
    regionCode
    regionName
    desa
    desaPriced
    peoplePriced
    peopleUnpriced
    desaWithApprovedPlan
    needed
    planned
    paid
    gapToPlanned
    gapToPaid
    byPayer {
      payer
      needed
      planned
      gap
    }
  }
`);

export const TargetCostQuery = graphql(`
  query TargetCost($regionCode: String!, $year: Int!, $switches: ScenarioSwitchesInput) {
    targetCost(regionCode: $regionCode, year: $year, switches: $switches) {
      regionCode
      year
      asOf
      scenario
      targetYears
      policyYears {
        regencyCode
        year
      }
      total {
        ...TargetCostRowFields
      }
      children {
        ...TargetCostRowFields
      }
    }
  }

  fragment TargetCostRowFields on TargetCostRow {
    regionCode
    regionName
    desa
    desaPriced
    unpriced
    cost {
      payer
      amount
    }
    segments {
      segment
      target
      targetSetFor
      inOffice
      covered
      toEnrol
      peoplePriced
      perPerson {
        payer
        amount
      }
      cost {
        payer
        amount
      }
    }
  }
`);
