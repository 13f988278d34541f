import { graphql } from '../../gql';

export const ImportRegionRosterMutation = graphql(`
  mutation ImportRegionRoster($input: ImportRegionRosterInput!) {
    importRegionRoster(input: $input) {
      report {
        villageCount
        added
        changed
        ended
        unchanged
        applied
        refused
        submissions
        problemCount
        warningCount
        villages {
          villageCode
          villageName
          added
          changed
          ended
          unchanged
          problemCount
          warningCount
        }
        problems(first: 300) {
          ...RosterImportProblemFields
        }
        warnings(first: 100) {
          ...RosterImportWarningFields
        }
        changes(first: 200) {
          ...RosterImportRowFields
        }
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

/** One village's rows of a region's file: the dry run again, read for that village alone. */
export const RegionImportVillageRowsMutation = graphql(`
  mutation RegionImportVillageRows($input: ImportRegionRosterInput!, $village: String!) {
    importRegionRoster(input: $input) {
      report {
        problems(first: 300, village: $village) {
          ...RosterImportProblemFields
        }
        warnings(first: 200, village: $village) {
          ...RosterImportWarningFields
        }
        changes(first: 300, village: $village) {
          ...RosterImportRowFields
        }
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);
